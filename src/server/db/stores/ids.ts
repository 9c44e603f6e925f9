/**
 * Runs `query` on the ids named, unless there are none: `in ()` is not SQL, so an empty list
 * answers [] without a round trip. Every store lookup by a list of ids goes through here.
 */
export async function ofIds<T>(ids: readonly string[], query: (ids: string[]) => Promise<T[]>): Promise<T[]> {
  return ids.length === 0 ? [] : query([...ids])
}
