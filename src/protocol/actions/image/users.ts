import { defineAction } from '../../define.js'
import { p } from '../../params.js'

/**
 * GrantImageToUsers / RevokeImageFromUsers: one own image and users. The docs' example sends
 * `user.1=` where the table says `users.n`: both are read, `users` wins (docs/compat.md#image-grants).
 */
export function imageUsersAction<const N extends string>(name: N, summary: string) {
  return defineAction({
    name,
    service: 'image',
    summary,
    mode: 'sync',
    zone: 'required',
    permission: { resource: 'image', operation: 'modify', owner_only: true },
    params: {
      image: p.id('image').required().describe('one own image ID'),
      users: p.list(p.id('user')).describe('user IDs'),
      user: p.list(p.id('user')).describe("user IDs, as the docs' example spells the parameter; ignored when users is given"),
    },
    response: {},
    errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
  })
}
