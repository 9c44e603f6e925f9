import { access_key } from './access_key.js'
import { alarm_policy } from './alarm_policy.js'
import { alarm_policy_rule } from './alarm_policy_rule.js'
import { alarm_policy_action } from './alarm_policy_action.js'
import { alarm } from './alarm.js'
import { notification_list } from './notification_list.js'
import { notification_item } from './notification_item.js'
import type { ResourceTypeDefinition } from './define.js'
import { eip } from './eip.js'
import { group_role } from './group_role.js'
import { group_role_rule } from './group_role_rule.js'
import { image } from './image.js'
import { instance } from './instance.js'
import { instance_group } from './instance_group.js'
import { job } from './job.js'
import { keypair } from './keypair.js'
import { loadbalancer } from './loadbalancer.js'
import { loadbalancer_backend } from './loadbalancer_backend.js'
import { loadbalancer_listener } from './loadbalancer_listener.js'
import { loadbalancer_policy } from './loadbalancer_policy.js'
import { loadbalancer_policy_rule } from './loadbalancer_policy_rule.js'
import { project } from './project.js'
import { project_member } from './project_member.js'
import { router } from './router.js'
import { router_static } from './router_static.js'
import { router_static_entry } from './router_static_entry.js'
import { security_group } from './security_group.js'
import { security_group_ipset } from './security_group_ipset.js'
import { security_group_rule } from './security_group_rule.js'
import { security_group_snapshot } from './security_group_snapshot.js'
import { server_certificate } from './server_certificate.js'
import { snapshot } from './snapshot.js'
import { tag } from './tag.js'
import { user } from './user.js'
import { userdata_attachment } from './userdata_attachment.js'
import { volume } from './volume.js'
import { vxnet } from './vxnet.js'
import { zone } from './zone.js'

/**
 * Every resource type, keyed by the name QingCloud's project rules use (`principle[].resource_type`):
 * a new type is its definition file and one line here. The tables below derive from it.
 */
export const resourceTypes = {
  instance,
  volume,
  keypair,
  security_group,
  security_group_rule,
  security_group_ipset,
  security_group_snapshot,
  eip,
  vxnet,
  router,
  router_static,
  router_static_entry,
  loadbalancer,
  loadbalancer_listener,
  loadbalancer_backend,
  server_certificate,
  loadbalancer_policy,
  loadbalancer_policy_rule,
  snapshot,
  image,
  instance_group,
  tag,
  userdata_attachment,
  job,
  project,
  group_role,
  group_role_rule,
  project_member,
  user,
  access_key,
  zone,
  alarm_policy,
  alarm_policy_rule,
  alarm_policy_action,
  alarm,
  notification_list,
  notification_item,
} as const satisfies Record<string, ResourceTypeDefinition>

export type ResourceTypes = typeof resourceTypes
export type ResourceType = keyof ResourceTypes

/** The types whose definition has property `P` of shape `V`. */
type TypesWith<P extends keyof ResourceTypeDefinition, V> = {
  [T in ResourceType]: ResourceTypes[T] extends { readonly [K in P]: V } ? T : never
}[ResourceType]

/** Types that join projects as items; `several` may be items of several projects at once. */
export type ItemType = TypesWith<'project', { item: 'one' | 'several' }>
export type ReusableType = TypesWith<'project', { item: 'several' }>
/** Parts of an item (a security group's rules): never items, granted through their parent. */
export type PartType = TypesWith<'project', { partOf: string }>
/** The Project service's own entities. */
export type ProjectEntityType = TypesWith<'project', 'entity'>
/** Types whose usage counts toward quotas, and the keys each counts. */
export type CountedType = TypesWith<'quotaKeys', readonly string[]>
export type QuotaKeysOf<T extends CountedType> = ResourceTypes[T]['quotaKeys'][number]
/** Types with a recycle bin. */
export type BinnedType = TypesWith<'recycleBin', object>
/** Types listed in a Describe* answer. */
export type ListedType = TypesWith<'records', object>

/** The parent each part is granted through, which must itself be an item type (checked below). */
export type ParentOf<T extends PartType> = ResourceTypes[T]['project']['partOf']

type Assert<T extends true> = T
/** A part's parent is an item type: otherwise a grant on the part could never be found. */
export type PartsHaveItemParents = Assert<ParentOf<PartType> extends ItemType ? true : false>
/** A part is listed with a Describe* key, so a project's Describe* of it is recognised. */
export type PartsAreListed = Assert<PartType extends ListedType ? true : false>

const entries = Object.entries(resourceTypes) as Array<[ResourceType, ResourceTypeDefinition]>

function typesWhere<T extends ResourceType>(test: (definition: ResourceTypeDefinition) => boolean): ReadonlySet<T> {
  return new Set(entries.filter(([, definition]) => test(definition)).map(([type]) => type as T))
}

export const itemTypes: ReadonlySet<string> = typesWhere<ItemType>((d) => typeof d.project === 'object' && 'item' in d.project)
export const reusableTypes: ReadonlySet<string> = typesWhere<ReusableType>(
  (d) => typeof d.project === 'object' && 'item' in d.project && d.project.item === 'several',
)
export const projectEntityTypes: ReadonlySet<string> = typesWhere<ProjectEntityType>((d) => d.project === 'entity')

/** Each part's parent item (`security_group_rule` → `security_group`). */
export const parentTypes: Readonly<Partial<Record<ResourceType, ItemType>>> = Object.fromEntries(
  entries.flatMap(([type, d]) => (typeof d.project === 'object' && 'partOf' in d.project ? [[type, d.project.partOf]] : [])),
)

/** The Describe* list key and record id field of each listed type; the type each list key names. */
export const recordsOf: ReadonlyMap<ResourceType, { setKey: string; idField: string }> = new Map(
  entries.flatMap(([type, d]) => (d.records ? [[type, { setKey: d.records.setKey, idField: d.records.idField }] as const] : [])),
)
export const typeOfSetKey: ReadonlyMap<string, ResourceType> = new Map([...recordsOf].map(([type, r]) => [r.setKey, type]))
