import { errorCatalog, type ErrorKey } from '../../src/protocol/errors.js'
import { allActions, anchor, GENERATED_NOTE } from './api.js'

/**
 * Errors the pipeline may answer to any request, whatever the action declares: decoding and
 * validation (1100), routing (1101), authentication (1200, 1300), project-role authorization (1400)
 * and the error writer's catch-all (5000, 5100). See src/server/pipeline/.
 */
export const PIPELINE_ERRORS: readonly ErrorKey[] = [
  'MissingParameter',
  'InvalidParameter',
  'InvalidAction',
  'AuthFailure',
  'RequestExpired',
  'PermissionDenied',
  'InternalError',
  'ServerBusy',
]

/** Beyond this many, the errors page gives a count instead of the list of actions. */
const MAX_LISTED = 8

/** docs/errors.md: the whole catalog, one row per key, with the actions that list each. */
export function renderErrors(): string {
  const keys = (Object.keys(errorCatalog) as ErrorKey[]).sort(
    (a, b) => errorCatalog[a].ret_code - errorCatalog[b].ret_code || a.localeCompare(b),
  )
  const listedBy = (key: ErrorKey) =>
    allActions()
      .filter((d) => d.errors.includes(key))
      .map((d) => `[${d.name}](api/${d.service}.md#${anchor(d.name)})`)
  const lines = [
    '# Errors',
    '',
    GENERATED_NOTE,
    '',
    'Every error answer is HTTP 200 with `Content-Type: application/json` and a body such as',
    '`{"action":"DescribeVolumesResponse","ret_code":2100,"message":"ResourceNotFound, volume [vol-x] does not exist"}`.',
    'Clients branch on `ret_code`; the message starts with the error name below, then a sentence naming',
    'the parameter or the resource in square brackets, as QingCloud writes them.',
    '',
    'The catalog is closed: the server answers no other error. Several names share a `ret_code`, as',
    "QingCloud's codes are coarse (1100 covers every malformed parameter).",
    '',
    '| ret_code | Error | When | Actions that list it |',
    '| --- | --- | --- | --- |',
    ...keys.map((key) => {
      const entry = errorCatalog[key]
      const by = listedBy(key)
      const shown = by.length === 0 ? '—' : by.length <= MAX_LISTED ? by.join(', ') : `${by.length} actions`
      return `| ${entry.ret_code} | <a id="${key.toLowerCase()}"></a>\`${key}\` | ${entry.doc.replaceAll('|', '\\|')} | ${shown} |`
    }),
    '',
    '## Every action',
    '',
    'Whatever an action lists, the request pipeline may answer these to any request:',
    '',
    ...PIPELINE_ERRORS.map((key) => `- ${errorCatalog[key].ret_code} \`${key}\``),
    '',
    "The SDK retries 5000 and 5100 (QingCloud's Python SDK does the same); see `retries` in `QingClientOptions`.",
    '',
  ]
  return lines.join('\n')
}
