export { ClearMeterValues } from './ClearMeterValues.js'
export { SetMeterValues } from './SetMeterValues.js'
