/**
 * qingstack's TypeScript SDK for QingCloud's IaaS API (`import { QingClient } from 'qingstack/sdk'`):
 * one typed method per action of the registry, job and settle waiters, paging, retries.
 */
export { QingClient, type QingClientOptions, type FromConfigOptions } from './client.js'
export { QingApiError, QingConfigError, QingJobFailedError, QingNetworkError, QingTimeoutError } from './errors.js'
export { defaultConfigPath, readConfigFile, resolveConfig, type QingConfigFile, type ResolvedConfig } from './config.js'
export { encodeCall } from './encode.js'
export { MAX_PAGE_SIZE, type PageOptions } from './paginate.js'
export type { ActionInput, ActionResponse, CommonInput, ItemOf, PagedAction } from './registry.js'
export type { JobRecord, SettleOptions, WaitOptions } from './wait.js'
export type { ActionName, Actions } from '../protocol/actions/index.js'
