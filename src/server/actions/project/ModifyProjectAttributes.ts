import { isoAt } from '../../domain/clock.js'
import { updateProject, type ProjectRow } from '../../db/stores/projects.js'
import type { Handler } from '../types.js'
import { projects } from '../../services/lookups/project.js'
import { metaText } from './records.js'

export const ModifyProjectAttributes: Handler<'ModifyProjectAttributes'> = async (params, { tx, now }) => {
  const project = await projects.one(tx.db, params.project_id)
  const changes: Partial<ProjectRow> = {}
  if (params.project_name !== undefined) changes.project_name = params.project_name.trim()
  if (params.description !== undefined) changes.description = params.description.trim()
  const meta = metaText(params.meta, params.color)
  if (meta !== undefined) changes.meta = meta
  if (Object.keys(changes).length > 0) await updateProject(tx, project.project_id, { ...changes, status_time: isoAt(now) })
  const after = { ...project, ...changes }
  return { project_id: after.project_id, project_name: after.project_name, meta: after.meta }
}
