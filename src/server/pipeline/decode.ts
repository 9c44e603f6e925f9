import { RawParams, decodeFormPieces, type FormPiece } from '../../protocol/codec.js'
import { actionsSignedAsPost, canonicalQuery, stringToSign } from '../../protocol/signing.js'
import type { RawRequest } from './request.js'

/** What one request says: the parameters, and every text their signature may be over. */
export interface DecodedRequest {
  /** The parameters every later stage reads, `signature` included; nothing else reaches them. */
  params: RawParams
  /**
   * The strings to sign a valid signature may have been computed over, most likely first. Each is
   * an encoding of exactly `params` without `signature`, in the same order for a repeated name, so
   * a signature that matches any of them covers every parameter that is acted on.
   */
  stringsToSign(): Iterable<string>
}

/**
 * The one reading of the wire, for the signature check and for everything after it alike.
 *
 * GET: the query string; a body is never read (the HTTP shell does not even take it).
 * POST: the query string's parameters, then the form body's. QingCloud's clients send a POST's
 * parameters in the body alone; a parameter in the query beside them is acted on only because it is
 * signed with them, so a body signed on its own never carries a query's parameters.
 * Broken percent-encoding answers 1100 naming the parameter (docs/compat.md#signed-parameters).
 */
export function decode(raw: RawRequest): DecodedRequest {
  const pieces = decodeFormPieces(raw.rawQuery)
  if (raw.verb === 'POST' && raw.rawBody !== '') pieces.push(...decodeFormPieces(raw.rawBody))
  const params = new RawParams(pieces.map((piece) => piece.pair))
  return { params, stringsToSign: () => variants(raw, pieces, params) }
}

/**
 * The canonical string first; then the variants real clients sign, each a re-encoding of the
 * same pairs: the pieces exactly as sent (a client that sends its signed string verbatim, such as
 * the Go SDK's `name` for an empty value), `~` as `%7E` (older Ruby), spaces as `+`, and for the two
 * actions the Ruby SDK signs as POST but sends as GET, the canonical string under POST.
 */
function* variants(raw: RawRequest, pieces: readonly FormPiece[], params: RawParams): Generator<string> {
  const pairs = params.pairs
  yield stringToSign(raw.verb, raw.path, canonicalQuery(pairs))
  yield stringToSign(
    raw.verb,
    raw.path,
    pieces
      .filter((piece) => piece.pair[0] !== 'signature')
      .map((piece) => piece.raw)
      .join('&'),
  )
  yield stringToSign(raw.verb, raw.path, canonicalQuery(pairs, { tildeEncoded: true }))
  yield stringToSign(raw.verb, raw.path, canonicalQuery(pairs, { spaceAsPlus: true }))
  const action = params.get('action')
  if (raw.verb === 'GET' && action !== undefined && actionsSignedAsPost.has(action)) {
    yield stringToSign('POST', raw.path, canonicalQuery(pairs))
  }
}
