import { actions, type ActionName } from '../protocol/actions/index.js'
import { setKeyOf } from '../protocol/surface.js'

/** QingCloud caps a page at 100 records (docs/compat.md#describe-paging). */
export const MAX_PAGE_SIZE = 100

export interface PageOptions {
  /** Records per call, at most 100 (the default). */
  pageSize?: number
}

type Request = (action: string, params: Record<string, unknown>) => Promise<Record<string, unknown>>

/**
 * Calls a paged Describe* with growing `offset` until `total_count` records have come (or a page is
 * empty), yielding each answer. Records created or deleted meanwhile may shift the pages, as on
 * QingCloud itself.
 */
export async function* pages(
  request: Request,
  action: ActionName,
  params: Record<string, unknown>,
  options: PageOptions = {},
): AsyncGenerator<Record<string, unknown>, void, undefined> {
  const setKey = setKeyOf(actions[action])
  if (setKey === undefined) throw new Error(`${action} does not answer a list of records`)
  const limit = Math.min(Math.max(1, options.pageSize ?? MAX_PAGE_SIZE), MAX_PAGE_SIZE)
  let offset = 0
  for (;;) {
    const page = await request(action, { ...params, offset, limit })
    yield page
    const items = (page[setKey] as unknown[] | undefined) ?? []
    offset += items.length
    const total = page.total_count
    if (items.length === 0 || (typeof total === 'number' ? offset >= total : items.length < limit)) return
  }
}

/** The records of every page, one by one. */
export async function* records(
  request: Request,
  action: ActionName,
  params: Record<string, unknown>,
  options: PageOptions = {},
): AsyncGenerator<unknown, void, undefined> {
  const setKey = setKeyOf(actions[action])!
  for await (const page of pages(request, action, params, options)) {
    yield* (page[setKey] as unknown[] | undefined) ?? []
  }
}
