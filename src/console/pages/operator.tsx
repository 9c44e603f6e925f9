import type { ComponentType } from 'react'

/**
 * The operator's pages (the audit trail, the clock, fault rules), served by `/qingstack/` when the
 * operator controls land. Each is one entry here: the menu and the routes read this list, so adding
 * one touches no other file. They call the SDK like every other page.
 */
export interface OperatorPage {
  path: string
  title: string
  component: ComponentType
}

export const operatorPages: readonly OperatorPage[] = []
