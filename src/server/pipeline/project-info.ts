import type { AnyAction } from '../../protocol/define.js'
import { joinableTypes } from '../../protocol/project-items.js'
import { recordsOf } from '../../protocol/resource-types/index.js'
import type { ResourceType } from '../../protocol/resources.js'
import type { Queryable } from '../db/database.js'
import { itemsOf } from '../db/stores/project-items.js'

/**
 * Adds `resource_project_info` (the ids of the projects a resource is an item of, `[]` when none)
 * to every record of a Describe* answer about a joinable type (docs/compat.md#project-id-on-iaas), with one indexed
 * query, so that no Describe* handler needs to know about projects.
 */
export async function addProjectInfo(descriptor: AnyAction, body: Record<string, unknown>, db: Queryable): Promise<void> {
  const type = descriptor.permission.resource
  if (descriptor.permission.operation !== 'describe' || !joinableTypes.has(type)) return
  const listed = recordsOf.get(type as ResourceType)
  if (!listed) return
  const records = body[listed.setKey]
  if (!Array.isArray(records) || records.length === 0) return
  const { idField } = listed
  const ids = records.map((r: Record<string, unknown>) => r[idField]).filter((id): id is string => typeof id === 'string')
  const projects = new Map<string, string[]>()
  for (const item of await itemsOf(db, ids))
    projects.set(item.resource_id, [...(projects.get(item.resource_id) ?? []), item.project_id].sort())
  for (const record of records as Array<Record<string, unknown>>) {
    record.resource_project_info = projects.get(record[idField] as string) ?? []
  }
}
