export { CreateVolumes } from './CreateVolumes.js'
export { DescribeVolumes } from './DescribeVolumes.js'
