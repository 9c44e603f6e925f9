export { DescribeQuotas } from './DescribeQuotas.js'
export { GetQuotaLeft } from './GetQuotaLeft.js'
