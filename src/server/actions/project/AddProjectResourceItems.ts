import { ApiError } from '../../../protocol/errors.js'
import { resourceTypeOfId } from '../../../protocol/resources.js'
import { isoAt } from '../../domain/clock.js'
import { joinableTypes, reusableTypes } from '../../domain/projects.js'
import { insertItems, itemsOf, type ItemRow } from '../../db/stores/project-items.js'
import { findResources } from '../../db/stores/resources.js'
import type { Handler } from '../types.js'
import { projects } from '../../services/lookups/project.js'

/** Only the owner's own resources join, all or nothing (docs/compat.md#joinable-resources); re-adding is a no-op. */
export const AddProjectResourceItems: Handler<'AddProjectResourceItems'> = async (params, { tx, zone, now }) => {
  const project = await projects.one(tx.db, params.project_id)
  const ids = [...new Set(params.resources)]
  for (const id of ids) {
    const type = resourceTypeOfId(id)
    if (type === undefined || !joinableTypes.has(type)) {
      throw new ApiError('InvalidParameter', { param: 'resources', reason: `names [${id}], which cannot join a project` })
    }
    if (id === 'vxnet-0') throw new ApiError('PermissionDenied', { reason: 'the basic network [vxnet-0] cannot join a project' })
  }
  const found = new Map((await findResources(tx.db, ids)).map((r) => [r.resource_id, r]))
  const elsewhere = new Map(
    (await itemsOf(tx.db, ids)).filter((i) => i.project_id !== project.project_id).map((i) => [i.resource_id, i.project_id]),
  )
  const at = isoAt(now)
  const rows: ItemRow[] = ids.map((id) => {
    const resource = found.get(id)
    if (!resource) throw new ApiError('ResourceNotFound', { resource: resourceTypeOfId(id) ?? 'resource', id })
    if (resource.owner !== project.owner) {
      throw new ApiError('PermissionDenied', {
        reason: `resource [${id}] does not belong to the owner [${project.owner}] of project [${project.project_id}]`,
      })
    }
    const other = elsewhere.get(id)
    if (other !== undefined && !reusableTypes.has(resource.resource_type)) {
      throw new ApiError('PermissionDenied', { reason: `resource [${id}] is already in project [${other}]` })
    }
    return {
      project_id: project.project_id,
      resource_id: id,
      resource_type: resource.resource_type,
      zone_id: resource.zone_id,
      owner: resource.owner,
      create_time: at,
    }
  })
  await insertItems(tx, rows)
  return { project_id: project.project_id, resource_ids: ids, zone_id: zone }
}
