export { DeleteAccessKeys } from './DeleteAccessKeys.js'
export { DescribeAccessKeys } from './DescribeAccessKeys.js'
