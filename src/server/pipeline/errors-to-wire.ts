import type { Logger } from 'pino'
import { ApiError } from '../../protocol/errors.js'

/**
 * The one place errors become wire answers (house rule 5). An ApiError renders its code and
 * message; anything else is a bug or an outage: logged with its cause and the request id, and
 * answered 5000 with a generic message, never a stack trace.
 */
export function renderError(error: unknown, context: { wireAction?: string | undefined; requestId: string; logger: Logger }): string {
  const known = answeredError(error, context.requestId)
  if (!(error instanceof ApiError)) {
    context.logger.error({ err: error, reqId: context.requestId, action: context.wireAction }, 'request failed')
  }
  const body: Record<string, unknown> = { ret_code: known.ret_code, message: known.message }
  // docs/compat.md#error-messages: `action` only when the action name is known.
  if (context.wireAction !== undefined) body.action = `${context.wireAction}Response`
  return JSON.stringify(body)
}

/** The error a client is answered for `error`: itself if it is an ApiError, else 5000 naming the request. */
export function answeredError(error: unknown, requestId: string): ApiError {
  return error instanceof ApiError ? error : new ApiError('InternalError', { requestId })
}
