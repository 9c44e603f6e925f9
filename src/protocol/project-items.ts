import type { ResourceType } from './resources.js'

/** Resource types that may be project items (docs/compat.md#joinable-resources); anything else never joins a project. */
export const joinableTypes: ReadonlySet<string> = new Set<ResourceType>([
  'instance',
  'volume',
  'keypair',
  'security_group',
  'security_group_ipset',
  'eip',
  'vxnet',
  'router',
  'snapshot',
  'image',
  'instance_group',
])

/** Joinable types that may be items of several projects at once (docs/compat.md#joinable-resources). */
export const reusableTypes: ReadonlySet<string> = new Set<ResourceType>(['keypair', 'security_group', 'security_group_ipset', 'vxnet', 'router'])

/**
 * Parts of a joinable resource that are never items themselves: a project grants on them through
 * their parent (a member with `security_group.modify` may change the rules of a project's group).
 */
export const parentTypes: Readonly<Partial<Record<ResourceType, ResourceType>>> = {
  security_group_rule: 'security_group',
  security_group_snapshot: 'security_group',
  router_static: 'router',
  router_static_entry: 'router',
}
