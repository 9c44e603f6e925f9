export { DescribeZones } from './DescribeZones.js'
