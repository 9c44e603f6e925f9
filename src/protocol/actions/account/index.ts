export { DescribeAccessKeys } from './DescribeAccessKeys.js'
