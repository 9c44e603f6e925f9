import { imageUsersAction } from './users.js'

export const GrantImageToUsers = imageUsersAction(
  'GrantImageToUsers',
  'Share one own image with other users: they see it in DescribeImages and may run instances from it.',
)
