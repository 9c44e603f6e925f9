/**
 * The SDK for browsers (the console): the same client, signing with Web Crypto and calling with
 * fetch, without what needs Node (reading a QingCloud config file).
 */
export { QingClient, type QingClientOptions } from './base-client.js'
export { QingApiError, QingConfigError, QingJobFailedError, QingNetworkError, QingTimeoutError } from './errors.js'
export { encodeCall } from './encode.js'
export { MAX_PAGE_SIZE, type PageOptions } from './paginate.js'
export type { ActionInput, ActionResponse, CommonInput, ItemOf, PagedAction } from './registry.js'
export type { JobRecord, SettleOptions, WaitOptions } from './wait.js'
export type { ActionName, Actions } from '../protocol/actions/index.js'
