import type { RawParams } from '../../protocol/codec.js'
import type { ActionName } from '../../protocol/actions/index.js'
import type { Endpoint } from '../../protocol/define.js'
import type { Caller } from '../actions/types.js'

/** One API request as the HTTP shell hands it over: the bytes as received, nothing interpreted. */
export interface RawRequest {
  verb: string
  /** Which endpoint the path reached: `/iaas/` answers QingCloud's actions, `/qingstack/` qingstack's own. */
  endpoint: Endpoint
  /** The path exactly as in the request line, without the query (signed as is, docs/compat.md#request-paths). */
  path: string
  rawQuery: string
  rawBody: string
  requestId: string
}

/** What the stages learn about a request as it passes through them. */
export interface RequestState {
  raw: RawRequest
  params?: RawParams
  /** The action name as the client spelled it (aliases answer in the same spelling). */
  wireAction?: string
  action?: ActionName
  caller?: Caller
}
