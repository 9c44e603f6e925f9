export { GetBalance } from './GetBalance.js'
export { GetChargeRecords } from './GetChargeRecords.js'
export { GetChargeSums } from './GetChargeSums.js'
export { GetLeaseInfo } from './GetLeaseInfo.js'
