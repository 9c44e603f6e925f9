import { randomBytes } from 'node:crypto'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import Fastify, { LogController, type FastifyReply, type FastifyRequest } from 'fastify'
import type { Logger } from 'pino'
import type { Endpoint } from '../../protocol/define.js'
import { ApiError } from '../../protocol/errors.js'
import { renderError } from '../pipeline/errors-to-wire.js'
import { handleRequest, type PipelineDeps } from '../pipeline/index.js'
import { DropConnection } from '../pipeline/faults.js'
import { CONSOLE_PATH, consoleFiles } from './console.js'

/** Larger than any certificate or user-data attachment a client posts; beyond it answers 1100. */
export const BODY_LIMIT_BYTES = 4 * 1024 * 1024

/**
 * The request line and headers together (Node's default is 16 KB): a query string of 64 KB, say a
 * RunInstances with user data and many list items, fits with room for the headers; beyond it answers
 * 1100 (docs/compat.md#oversized-requests).
 */
export const HEADER_LIMIT_BYTES = 128 * 1024

/** How long a refused connection may keep sending before it is closed regardless. */
const REFUSED_DRAIN_MS = 10_000

const ID_SPACE = 2 ** 48
let nextId = randomBytes(6).readUIntBE(0, 6)

/**
 * 12 hex digits per request, as before: consecutive within a process, from a random start. The
 * audit log is keyed by request id; ids in order append to its indexes where random ones wrote a
 * random page of each per event (docs/operator.md#audit-log). Two processes of one store collide
 * only if their runs of ids overlap, less likely than random ids meeting.
 */
function requestId(): string {
  const id = nextId
  nextId = (nextId + 1) % ID_SPACE
  return id.toString(16).padStart(12, '0')
}

/**
 * The thin HTTP shell: two endpoints of one protocol, `/iaas/` and `/iaas` (docs/compat.md#request-paths) for
 * QingCloud's actions, `/qingstack/` and `/qingstack` for qingstack's own, GET and POST. It hands the
 * request line and body over untouched and always answers HTTP 200 with `application/json`
 * exactly (docs/compat.md#response-envelope), whatever happens.
 */
export function createHttpServer(deps: PipelineDeps) {
  const app = Fastify({
    loggerInstance: deps.logger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: requestId,
    http: { maxHeaderSize: HEADER_LIMIT_BYTES },
    clientErrorHandler: (error, socket) => answerClientError(error, socket, deps.logger),
    // A path the router can not decode (`/iaas/%zz`): an envelope too, never fastify's own JSON.
    frameworkErrors: (_error, request, reply) => {
      const error = new ApiError('InvalidParameter', { param: 'path', reason: 'must be /iaas/ or /iaas, validly percent-encoded' })
      return sendJson(reply, 200, wireError(error, request.id, deps.logger))
    },
    // The pipeline decodes the raw query itself; fastify's parse would be wasted work.
    routerOptions: { querystringParser: () => ({}) },
    // No route declares a fastify schema (the pipeline validates against the descriptors), so
    // fastify's Ajv and fast-json-stringify compilers, a twentieth of the start-up, are never loaded.
    schemaController: { compilersFactory: { buildValidator: noSchemas, buildSerializer: noSchemas } },
  })

  // Every body is form text to the pipeline, whatever the Content-Type says (docs/compat.md#form-bodies).
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body))

  const endpoint = (name: Endpoint) => async (request: FastifyRequest, reply: FastifyReply) => {
    const text = await answerApi(deps, name, request.raw, typeof request.body === 'string' ? request.body : '', request.id)
    if (text === undefined) {
      reply.hijack()
      return reply
    }
    return sendJson(reply, 200, text)
  }
  // The same protocol on both: `/qingstack/` answers qingstack's own actions, `/iaas/` QingCloud's.
  for (const name of ['iaas', 'qingstack'] as const) {
    app.route({ method: ['GET', 'POST'], url: `/${name}`, handler: endpoint(name) })
    app.route({ method: ['GET', 'POST'], url: `/${name}/`, handler: endpoint(name) })
  }
  // A closing fastify answers 503 to requests still arriving on open connections: leave those to it.
  let closing = false
  app.addHook('preClose', (done) => {
    closing = true
    done()
  })
  answerPlainGetsFirst(app.server, () => closing, deps)

  // docs/compat.md#iam-requests: IAM-token requests are answered, and refused.
  const iam = async (request: FastifyRequest, reply: FastifyReply) =>
    sendJson(
      reply,
      200,
      wireError(new ApiError('AuthFailure', { reason: 'IAM identity tokens are not supported' }), request.id, deps.logger),
    )
  for (const url of ['/iam', '/iam/']) app.route({ method: ['GET', 'POST'], url, handler: iam })

  // Prometheus text (docs/operator.md#metrics), only when switched on: otherwise /metrics is unknown (404).
  const { metrics } = deps
  if (metrics) {
    app.get('/metrics', async (_request, reply) => {
      const { text, contentType } = await metrics.scrape()
      return reply.code(200).header('content-type', contentType).header('x-request-id', reply.request.id).send(text)
    })
  }

  // For orchestrators (docs/operations.md): alive while the process serves; ready while the store
  // answers and carries this release's migrations. Plain JSON, not QingCloud envelopes.
  app.get('/healthz', async (_request, reply) => sendJson(reply, 200, JSON.stringify({ status: 'ok' })))
  app.get('/readyz', async (_request, reply) => {
    const readiness = await deps.database.readiness()
    return readiness.ready
      ? sendJson(reply, 200, JSON.stringify({ status: 'ready' }))
      : sendJson(reply, 503, JSON.stringify({ status: 'unavailable', reason: readiness.reason }))
  })

  // The web console: static files; it calls /iaas/ like any client (docs/console.md).
  const consoleFile = consoleFiles()
  app.get('/console', async (_request, reply) => reply.redirect(CONSOLE_PATH, 301))
  app.get('/console/*', async (request, reply) => {
    const answer = consoleFile((request.params as { '*': string })['*'])
    return reply.code(answer.status).header('content-type', answer.type).header('cache-control', answer.cache).send(answer.body)
  })

  app.setNotFoundHandler(async (request, reply) => {
    const path = (request.raw.url ?? '').split('?')[0]!.slice(0, 64)
    const error = new ApiError('InvalidParameter', {
      param: 'path',
      reason: `must be /iaas/, /iaas, /qingstack/ or /qingstack (got [${path}])`,
    })
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

/** The API paths, exactly as fastify's routes above match them. */
const apiPaths = new Map<string, Endpoint>([
  ['/iaas/', 'iaas'],
  ['/iaas', 'iaas'],
  ['/qingstack/', 'qingstack'],
  ['/qingstack', 'qingstack'],
])

/**
 * A GET of an API path without a body, nearly every request, is answered before fastify sees it:
 * its routing, hooks and reply cost a tenth of a signed DescribeZones. The answer is the one the
 * route above gives, headers included, written in one piece. Anything else (POST and its body
 * limit, a GET with a body, other paths, a server that is closing) goes on to fastify unchanged.
 */
function answerPlainGetsFirst(server: Server, closing: () => boolean, deps: PipelineDeps): void {
  const [fastifyHandler, ...others] = server.listeners('request') as Array<(request: IncomingMessage, response: ServerResponse) => void>
  if (!fastifyHandler || others.length > 0) throw new Error('expected fastify as the one request listener')
  server.removeListener('request', fastifyHandler)
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const url = request.url ?? ''
    const q = url.indexOf('?')
    const name = apiPaths.get(q === -1 ? url : url.slice(0, q))
    const { headers } = request
    if (
      closing() ||
      name === undefined ||
      request.method !== 'GET' ||
      headers['content-length'] !== undefined ||
      headers['transfer-encoding'] !== undefined
    ) {
      fastifyHandler(request, response)
      return
    }
    const id = requestId()
    answerApi(deps, name, request, '', id).then(
      (text) => text !== undefined && writeJson(response, id, text),
      (error: unknown) => writeJson(response, id, wireError(error, id, deps.logger)),
    )
  })
}

/**
 * One API request through the pipeline: the answer's text, or undefined when a fault rule drops
 * the connection (docs/operator.md#fault-injection), which is then closed without an answer.
 */
async function answerApi(
  deps: PipelineDeps,
  endpoint: Endpoint,
  request: IncomingMessage,
  rawBody: string,
  id: string,
): Promise<string | undefined> {
  const url = request.url ?? ''
  const q = url.indexOf('?')
  try {
    return await handleRequest(deps, {
      verb: request.method ?? 'GET',
      endpoint,
      path: q === -1 ? url : url.slice(0, q),
      rawQuery: q === -1 ? '' : url.slice(q + 1),
      rawBody,
      requestId: id,
      clientAddress: request.socket.remoteAddress,
      userAgent: request.headers['user-agent'],
    })
  } catch (error) {
    if (!(error instanceof DropConnection)) throw error
    request.socket.destroy()
    return undefined
  }
}

/** HTTP 200 with the headers `sendJson` gives, the head and the body in one write. */
function writeJson(response: ServerResponse, id: string, text: string): void {
  response.writeHead(200, { 'content-type': 'application/json', 'x-request-id': id, 'content-length': Buffer.byteLength(text) })
  response.end(text)
}

/** Sockets already answered: the parser reports its error again for every further chunk. */
const refused = new WeakSet<Socket>()

/**
 * A request Node's HTTP parser refuses (headers over the limit, not HTTP at all, too slow) never
 * reaches fastify; it is answered here, on the socket, as a QingCloud envelope: HTTP 200 and 1100
 * naming what was wrong. The connection is closed after the answer; what the client still sends is
 * read and dropped meanwhile, so the close is not a reset that could lose the answer.
 */
function answerClientError(error: Error & { code?: string }, socket: Socket, logger: Logger): void {
  if (error.code === 'ECONNRESET' || socket.destroyed || refused.has(socket)) return
  refused.add(socket)
  const details =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? { param: 'request line and headers', reason: `must be at most ${HEADER_LIMIT_BYTES} bytes` }
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? { param: 'request', reason: 'did not arrive in time' }
        : { param: 'request', reason: `could not be read as HTTP/1.1 (${error.code ?? 'unreadable'})` }
  const id = requestId()
  const text = wireError(new ApiError('InvalidParameter', details), id, logger)
  if (socket.writable) {
    socket.end(
      `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Request-Id: ${id}\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`,
    )
  }
  const timer = setTimeout(() => socket.destroy(), REFUSED_DRAIN_MS).unref()
  socket.once('close', () => clearTimeout(timer))
}

function wireError(error: unknown, requestId: string, logger: Logger): string {
  return renderError(error, { requestId, logger })
}

/**
 * A Buffer keeps fastify from appending `; charset=utf-8`, which old Go SDKs reject (docs/compat.md#response-envelope).
 * Every answer names its request in `X-Request-Id`, the id error messages and the audit log carry.
 */
function sendJson(reply: FastifyReply, status: number, text: string): FastifyReply {
  return reply.code(status).header('content-type', 'application/json').header('x-request-id', reply.request.id).send(Buffer.from(text))
}

function noSchemas(): never {
  throw new Error('qingstack routes declare no fastify schemas')
}

export type HttpServer = ReturnType<typeof createHttpServer>
