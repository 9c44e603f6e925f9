/** The success envelope: `action` first, `ret_code` last, as QingCloud's examples show (docs/compat.md#response-envelope). */
export function renderSuccess(wireAction: string, body: Record<string, unknown>): string {
  return JSON.stringify({ action: `${wireAction}Response`, ...body, ret_code: 0 })
}
