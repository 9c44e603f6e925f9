import { randomBytes } from 'node:crypto'
import Fastify, { LogController, type FastifyReply, type FastifyRequest } from 'fastify'
import type { Logger } from 'pino'
import { ApiError } from '../../protocol/errors.js'
import { renderError } from '../pipeline/errors-to-wire.js'
import { handleRequest, type PipelineDeps } from '../pipeline/index.js'

/** Larger than any certificate or user-data attachment a client posts; beyond it answers 1100. */
export const BODY_LIMIT_BYTES = 4 * 1024 * 1024

const ID_BYTES = 6
const POOL_BYTES = ID_BYTES * 1024
let pool = Buffer.alloc(0)
let used = 0

/**
 * 12 random hex digits per request, as before, cut from a pooled block of random bytes: one
 * randomBytes call per request was 2% of a signed Describe's time.
 */
function requestId(): string {
  if (used + ID_BYTES > pool.length) {
    pool = randomBytes(POOL_BYTES)
    used = 0
  }
  used += ID_BYTES
  return pool.toString('hex', used - ID_BYTES, used)
}

/**
 * The thin HTTP shell: one endpoint, `/iaas/` and `/iaas` (docs/compat.md#request-paths), GET and POST. It hands the
 * request line and body over untouched and always answers HTTP 200 with `application/json`
 * exactly (docs/compat.md#response-envelope), whatever happens.
 */
export function createHttpServer(deps: PipelineDeps) {
  const app = Fastify({
    loggerInstance: deps.logger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: requestId,
    // The pipeline decodes the raw query itself; fastify's parse would be wasted work.
    routerOptions: { querystringParser: () => ({}) },
    // No route declares a fastify schema (the pipeline validates against the descriptors), so
    // fastify's Ajv and fast-json-stringify compilers, a twentieth of the start-up, are never loaded.
    schemaController: { compilersFactory: { buildValidator: noSchemas, buildSerializer: noSchemas } },
  })

  // Every body is form text to the pipeline, whatever the Content-Type says (docs/compat.md#form-bodies).
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body))

  const api = async (request: FastifyRequest, reply: FastifyReply) => {
    const url = request.raw.url ?? ''
    const q = url.indexOf('?')
    const text = await handleRequest(deps, {
      verb: request.method,
      path: q === -1 ? url : url.slice(0, q),
      rawQuery: q === -1 ? '' : url.slice(q + 1),
      rawBody: typeof request.body === 'string' ? request.body : '',
      requestId: request.id,
    })
    return sendJson(reply, 200, text)
  }
  for (const url of ['/iaas', '/iaas/']) app.route({ method: ['GET', 'POST'], url, handler: api })

  // docs/compat.md#iam-requests: IAM-token requests are answered, and refused.
  const iam = async (request: FastifyRequest, reply: FastifyReply) =>
    sendJson(reply, 200, wireError(new ApiError('AuthFailure', { reason: 'IAM identity tokens are not supported' }), request.id, deps.logger))
  for (const url of ['/iam', '/iam/']) app.route({ method: ['GET', 'POST'], url, handler: iam })

  app.setNotFoundHandler(async (request, reply) => {
    const path = (request.raw.url ?? '').split('?')[0]!.slice(0, 64)
    const error = new ApiError('InvalidParameter', { param: 'path', reason: `must be /iaas/ or /iaas (got [${path}])` })
    return sendJson(reply, 404, wireError(error, request.id, deps.logger))
  })

  // Body too large, a broken Content-Length, an aborted upload: still a QingCloud answer.
  app.setErrorHandler(async (error: { code?: string; statusCode?: number }, request, reply) => {
    const apiError =
      error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500
        ? new ApiError('InvalidParameter', {
            param: 'request body',
            reason: error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? `must be at most ${BODY_LIMIT_BYTES} bytes` : 'could not be read',
          })
        : error
    return sendJson(reply, 200, wireError(apiError, request.id, deps.logger))
  })
  return app
}

function wireError(error: unknown, requestId: string, logger: Logger): string {
  return renderError(error, { requestId, logger })
}

/** A Buffer keeps fastify from appending `; charset=utf-8`, which old Go SDKs reject (docs/compat.md#response-envelope). */
function sendJson(reply: FastifyReply, status: number, text: string): FastifyReply {
  return reply.code(status).header('content-type', 'application/json').send(Buffer.from(text))
}

function noSchemas(): never {
  throw new Error('qingstack routes declare no fastify schemas')
}

export type HttpServer = ReturnType<typeof createHttpServer>
