import { z } from 'zod'
import { defineAction } from '../../define.js'

export const DescribeCaller = defineAction({
  name: 'DescribeCaller',
  service: 'qingstack',
  summary:
    'Show who the signature says the caller is: the user, its e-mail, its role (root or user) and the access key that signed. Clients use it to know which controls to offer.',
  mode: 'sync',
  zone: 'none',
  permission: { resource: 'access_key', operation: 'describe' },
  callers: 'any',
  params: {},
  response: {
    user_id: z.string(),
    user_name: z.string(),
    email: z.string(),
    /** `root` may call every qingstack control; `user` only those open to any caller. */
    role: z.enum(['root', 'user']),
    access_key_id: z.string(),
  },
  errors: ['ResourceNotFound'],
})
