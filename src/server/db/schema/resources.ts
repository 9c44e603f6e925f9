import type { ResourceType } from '../../../protocol/resources.js'

/**
 * One row per resource of any type: who owns it and where it lives. Authorization and project
 * membership look resources up here without knowing each resource's own table.
 */
export interface ResourcesTable {
  resource_id: string
  resource_type: ResourceType
  owner: string
  zone_id: string
  create_time: string
}

/**
 * A resource deleted without a row of its own left behind (a VxNet, a security group, a key pair…):
 * who owned it and where, so that Describe* tells its owner "gone" instead of "never existed"
 * (docs/compat.md#describe-removed-ids).
 */
export interface RemovedResourcesTable {
  resource_id: string
  resource_type: ResourceType
  owner: string
  zone_id: string
  /** When it was deleted (world time): the worker forgets it after the recycle-bin window. */
  removed_time: string
}
