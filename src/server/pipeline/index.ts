import type { Logger } from 'pino'
import { actions } from '../../protocol/actions/index.js'
import type { Config } from '../config.js'
import type { Clock } from '../domain/clock.js'
import type { Database } from '../db/database.js'
import { authenticate } from './authenticate.js'
import { decode } from './decode.js'
import { renderError } from './errors-to-wire.js'
import { execute } from './execute.js'
import type { RawRequest } from './request.js'
import { renderSuccess } from './render.js'
import { resolve } from './resolve.js'
import { validate } from './validate.js'

export interface PipelineDeps {
  database: Database
  clock: Clock
  config: Config
  logger: Logger
  nudgeWorker: () => void
  /** Tests: check every success body against its descriptor's response schema. */
  validateResponses?: boolean
}

/**
 * decode → authenticate → resolve → validate → execute → render; any error → errors-to-wire.
 * Always returns a JSON text: the HTTP shell answers it with status 200.
 */
export async function handleRequest(deps: PipelineDeps, raw: RawRequest): Promise<string> {
  let wireAction: string | undefined
  try {
    const decoded = decode(raw)
    const { params } = decoded
    const now = deps.clock.now()
    const caller = await authenticate(decoded, {
      db: deps.database.db,
      now,
      timeWindowS: deps.config.timeWindowS,
    })
    const resolved = resolve(params, raw.endpoint)
    wireAction = resolved.wireAction
    const descriptor = actions[resolved.action]
    const { zone, values } = validate(descriptor, params, deps.config.zones)
    const body = await execute(deps, {
      action: resolved.action,
      values,
      caller,
      zone,
      now,
      requestId: raw.requestId,
      // Any action may name a project (docs/compat.md#project-id-on-iaas); the Project service's own declare it.
      projectId: 'project_id' in descriptor.params ? undefined : params.get('project_id')?.trim() || undefined,
    })
    if (deps.validateResponses) {
      const checked = descriptor.responseSchema.safeParse(body)
      if (!checked.success) throw new Error(`${resolved.action} response does not match its descriptor: ${checked.error.message}`)
    }
    return renderSuccess(wireAction, body)
  } catch (error) {
    // Reads outside a transaction (the signing key) meet an outage as raw driver errors.
    const storeError = deps.database.storeError(error)
    return renderError(storeError ?? error, { wireAction, requestId: raw.requestId, logger: deps.logger })
  }
}
