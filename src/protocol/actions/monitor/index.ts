export { GetMonitor } from './GetMonitor.js'
