import { imageUsersAction } from './users.js'

export const RevokeImageFromUsers = imageUsersAction(
  'RevokeImageFromUsers',
  'Stop sharing one own image with users; their instances made from it are unaffected.',
)
