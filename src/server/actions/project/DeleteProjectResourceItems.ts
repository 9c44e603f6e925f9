import { deleteItems } from '../../db/stores/project-items.js'
import type { Handler } from '../types.js'
import { projects } from '../../services/lookups/project.js'

/** Owner or project administrator (docs/compat.md#removing-items, checked by authorize); a non-item is a no-op. */
export const DeleteProjectResourceItems: Handler<'DeleteProjectResourceItems'> = async (params, { tx, zone }) => {
  const rows = await projects.all(tx.db, params.project_id)
  const ids = [...new Set(params.resources)]
  await deleteItems(
    tx,
    rows.map((r) => r.project_id),
    ids,
  )
  return { project_id: rows.map((r) => r.project_id), resource_ids: ids, zone_id: zone }
}
