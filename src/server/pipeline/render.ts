/** The success envelope: `action` first, `ret_code` last, as QingCloud's examples show (spec README §7). */
export function renderSuccess(wireAction: string, body: Record<string, unknown>): string {
  return JSON.stringify({ action: `${wireAction}Response`, ...body, ret_code: 0 })
}
