export { DescribeJobs } from './DescribeJobs.js'
