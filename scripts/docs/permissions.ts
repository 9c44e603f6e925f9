import type { AnyAction } from '../../src/protocol/define.js'
import type { ParamShape } from '../../src/protocol/params.js'
import { allActions, anchor, GENERATED_NOTE } from './api.js'

/** The Project service's own entities: changed only with `all.project_manage` (docs/compat.md#project-service-permissions). */
const PROJECT_ENTITIES = new Set(['project', 'group_role', 'group_role_rule', 'project_member'])

/** Who may call an action in a project, in words, from its descriptor's permission. */
export function permissionText(d: AnyAction): string {
  const { resource, operation, owner_only } = d.permission
  // qingstack's own controls are not project resources: who may call them is all there is.
  if (d.service === 'qingstack') return d.callers === 'root' ? 'the root user alone' : 'any user, on what concerns them'
  if (owner_only) return 'the project owner only'
  const namesProject = Object.values(d.params as ParamShape).some(
    (spec) => spec.state.resource === 'project' || spec.state.item?.state.resource === 'project',
  )
  if (resource === 'project' && !namesProject) return 'anyone: the caller owns what it creates'
  if (PROJECT_ENTITIES.has(resource)) {
    return operation === 'describe' ? 'any member of the project' : 'the owner, or a role with `all.project_manage`'
  }
  if (resource === 'monitor') return `\`monitor.describe\`, \`all.project_manage\`, or \`policy=action\` listing ${d.name}`
  if (operation === 'describe') {
    return `with \`project_id\`: \`${resource}.describe\`, \`all.describe\`, \`all.project_manage\`, or \`policy=action\` listing ${d.name}`
  }
  return `on each item it names, \`<item type>.${operation}\` (\`${resource}.${operation}\` for its ${resource}s) or \`all.${operation}\`, \`all.project_manage\`, or \`policy=action\` listing ${d.name}`
}

/** `docs/api/permissions.md`: every action and the rule a project member needs for it. */
export function renderPermissions(): string {
  const rows = allActions().map(
    (d) =>
      `| [${d.name}](${d.service}.md#${anchor(d.name)}) | \`${d.permission.resource}:${d.permission.operation}\` | ${permissionText(d)} |`,
  )
  return [
    '# Permissions',
    '',
    GENERATED_NOTE,
    '',
    "What a project member needs to call each action on the project's resources (see",
    '[../projects.md](../projects.md)). Anyone may call any action on their own resources; only a',
    "project's owner creates resources in it (`project_id` on a creating action).",
    '',
    '| Action | Resource:operation | A member needs |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n')
}
