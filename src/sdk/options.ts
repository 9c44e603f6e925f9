/** A copy without the keys whose value is undefined, so that spreading it keeps defaults. */
export function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}
