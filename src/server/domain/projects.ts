import type { Operation } from '../../protocol/define.js'
import { projectEntityTypes } from '../../protocol/resource-types/index.js'

/**
 * Project rules as pure functions (docs/compat.md#preset-roles, docs/compat.md#project-service-permissions, docs/compat.md#rule-policies, docs/compat.md#joinable-resources): which
 * resources may join a project, what the preset roles grant, and whether a rule grants an action.
 */

export { joinableTypes, reusableTypes } from '../../protocol/project-items.js'

/** The Project service's own entities (`project: 'entity'`): only `all.project_manage` changes them (docs/projects.md). */
export { projectEntityTypes }

export type PresetRole = 'owner' | 'project_admin' | 'resource_admin' | 'member'

/** The built-in roles every project gets, with their rules (docs/compat.md#preset-roles); the owner's first. */
export const presetRoles: ReadonlyArray<{ preset: PresetRole; policies: readonly string[] }> = [
  { preset: 'owner', policies: ['all.project_manage'] },
  { preset: 'project_admin', policies: ['all.project_manage'] },
  { preset: 'resource_admin', policies: ['all.describe', 'all.modify', 'all.delete', 'monitor.describe'] },
  { preset: 'member', policies: ['all.describe', 'monitor.describe'] },
]

/** The rules a new custom role starts with (docs/compat.md#preset-roles). */
export const customRoleRules = ['all.describe', 'monitor.describe'] as const

/** `action`, or a preset name `<scope>.<class>` (docs/compat.md#rule-policies). */
export const POLICY = /^(action|[a-z0-9_]+\.[a-z0-9_]+)$/

export interface PrincipleEntry {
  resource_type: string
  actions: string[]
}

/**
 * The entries of a `policy=action` rule's `principle`: a JSON array of `{resource_type, actions}`
 * or one such object. Undefined when the text is not of that shape.
 */
export function parsePrinciple(text: string): PrincipleEntry[] | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return undefined
  }
  const items = Array.isArray(parsed) ? parsed : [parsed]
  const entries: PrincipleEntry[] = []
  for (const item of items) {
    if (item === null || typeof item !== 'object') return undefined
    const { resource_type, actions } = item as Record<string, unknown>
    if (typeof resource_type !== 'string' || !Array.isArray(actions) || !actions.every((a) => typeof a === 'string')) return undefined
    entries.push({ resource_type, actions: actions as string[] })
  }
  return entries
}

/** What an action needs on one resource: its name, the resource's type and the operation class. */
export interface Need {
  action: string
  resource_type: string
  /** The type the action's descriptor declares; a `policy=action` rule may list the action under it. */
  declared: string
  operation: Operation
}

/** Whether one enabled rule grants `need` (docs/compat.md#rule-policies). Unknown preset names grant nothing. */
export function ruleGrants(rule: { policy: string; principle: string }, need: Need): boolean {
  if (rule.policy === 'all.project_manage') return true
  if (rule.policy === 'action') {
    return (parsePrinciple(rule.principle) ?? []).some(
      (entry) =>
        entry.actions.includes(need.action) && (entry.resource_type === need.resource_type || entry.resource_type === need.declared),
    )
  }
  const match = /^([a-z0-9_]+)\.([a-z0-9_]+)$/.exec(rule.policy)
  if (!match || match[2] !== need.operation) return false
  const scope = match[1]!
  // Managing the project itself takes `all.project_manage`; monitoring reads take `monitor.describe`.
  if (projectEntityTypes.has(need.resource_type)) return false
  if (need.resource_type === 'monitor') return scope === 'monitor'
  return scope === 'all' || scope === need.resource_type
}

/** The preset policy a denial names as missing: `volume.delete`, `monitor.describe`, `all.project_manage`. */
export function neededPolicy(need: Need): string {
  if (projectEntityTypes.has(need.resource_type)) return 'all.project_manage'
  return `${need.resource_type}.${need.operation}`
}
