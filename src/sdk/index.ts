export { QingClient, QingApiError, encodeCall, type QingClientOptions, type CommonInput } from './client.js'
export type { ActionName, Actions } from '../protocol/actions/index.js'
