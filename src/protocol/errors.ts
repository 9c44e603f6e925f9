/**
 * The closed catalog of errors qingstack puts on the wire.
 *
 * Clients branch on `ret_code`, so a key's code never changes. Every message starts with the
 * entry's CamelCase name, then `, ` and a sentence that names the parameter or the resource in
 * square brackets, as QingCloud's own example does (docs/compat.md#error-messages).
 */
export interface ErrorEntry<D> {
  ret_code: number
  /** When the server answers with this error; rendered into docs/errors.md. */
  doc: string
  sentence: (details: D) => string
}

function entry<D>(ret_code: number, doc: string, sentence: (details: D) => string): ErrorEntry<D> {
  return { ret_code, doc, sentence }
}

export const errorCatalog = {
  MissingParameter: entry<{ param: string }>(1100, 'A required parameter is absent or empty.', (d) => `parameter [${d.param}] is required`),
  InvalidParameter: entry<{ param: string; reason: string }>(
    1100,
    'A parameter has the wrong type, format or value, or the request could not be decoded.',
    (d) => `parameter [${d.param}] ${d.reason}`,
  ),
  InvalidAction: entry<{ action: string }>(
    1101,
    'The `action` parameter names no action this server implements.',
    (d) => `action [${d.action}] is not supported`,
  ),
  AuthFailure: entry<{ reason: string }>(
    1200,
    'Unknown or disabled `access_key_id`, a signature that does not match, or an IAM-token request.',
    (d) => d.reason,
  ),
  RequestExpired: entry<{ reason: string }>(1300, '`time_stamp` is outside the accepted window, or `expires` has passed.', (d) => d.reason),
  PermissionDenied: entry<{ reason: string }>(
    1400,
    'The caller may not do this: the resource is not theirs, a project role lacks the rule, or the resource is in a state that forbids the change.',
    (d) => d.reason,
  ),
  ResourceNotFound: entry<{ resource: string; id: string }>(
    2100,
    'A named resource does not exist (or has ceased), or is not visible to the caller.',
    (d) => `${d.resource} [${d.id}] does not exist`,
  ),
  ResourceAlreadyExists: entry<{ resource: string; id: string }>(
    2110,
    'Creating something that already exists, such as a duplicate name where names are unique.',
    (d) => `${d.resource} [${d.id}] already exists`,
  ),
  QuotaExceeded: entry<{ reason: string }>(
    2500,
    'A resource quota or the API call quota would be exceeded; nothing was written.',
    (d) => d.reason,
  ),
  InternalError: entry<{ requestId: string }>(
    5000,
    'An unexpected server failure; the cause is logged with the request id, never sent.',
    (d) => `an internal error occurred, request id [${d.requestId}]`,
  ),
  ServerBusy: entry<{ reason: string }>(
    5100,
    'A transient overload (for example the database stayed locked); clients retry it.',
    (d) => d.reason,
  ),
  StoreFull: entry<{ reason: string }>(
    5000,
    'The store has no space left (a full disk, or a PostgreSQL that cannot extend a file); nothing was written, and writes resume once space returns.',
    (d) => `the store is full: ${d.reason}`,
  ),
  InsufficientResources: entry<{ reason: string }>(
    5200,
    'The simulated back end cannot satisfy the creation, such as an exhausted address pool.',
    (d) => d.reason,
  ),
} satisfies Record<string, ErrorEntry<never>>

export type ErrorKey = keyof typeof errorCatalog
export type ErrorDetails<K extends ErrorKey> = Parameters<(typeof errorCatalog)[K]['sentence']>[0]

/** The most characters of one value a message quotes between `[` and `]`. */
export const QUOTE_MAX = 100
/** The most characters of a whole message: the bound when a value itself holds a `]`. */
export const MESSAGE_MAX = 500

/**
 * A message with every `[quoted value]` cut to QUOTE_MAX characters and the whole to MESSAGE_MAX,
 * so that no site can echo a 1 MB parameter back, whatever it interpolated.
 */
export function boundMessage(message: string): string {
  const quoted = message.replace(/\[([^\]]*)\]/g, (whole, value: string) =>
    value.length > QUOTE_MAX ? `[${clip(value, QUOTE_MAX)}...]` : whole,
  )
  return quoted.length > MESSAGE_MAX ? `${clip(quoted, MESSAGE_MAX)}...` : quoted
}

/** The first `max` characters, never half of a surrogate pair. */
function clip(text: string, max: number): string {
  const code = text.charCodeAt(max - 1)
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max)
}

/** The one error type of qingstack: thrown anywhere, rendered only by the pipeline's error writer. */
export class ApiError<K extends ErrorKey = ErrorKey> extends Error {
  readonly key: K
  readonly ret_code: number

  constructor(key: K, details: ErrorDetails<K>) {
    const entry = errorCatalog[key] as ErrorEntry<ErrorDetails<K>>
    super(boundMessage(`${key}, ${entry.sentence(details)}`))
    this.name = 'ApiError'
    this.key = key
    this.ret_code = entry.ret_code
  }
}
