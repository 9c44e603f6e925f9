export { DescribeAuditEvents } from './DescribeAuditEvents.js'
