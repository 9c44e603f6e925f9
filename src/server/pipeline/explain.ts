import { actions, resolveActionName } from '../../protocol/actions/index.js'
import { RawParams } from '../../protocol/codec.js'
import { endpointOf, type AnyAction } from '../../protocol/define.js'
import { ApiError } from '../../protocol/errors.js'
import type { ParamPair } from '../../protocol/signing.js'
import type { ParamShape } from '../../protocol/params.js'
import { parentTypes } from '../../protocol/project-items.js'
import type { ExplainedResource } from '../../protocol/records/operator.js'
import type { Caller, ExplanationBody, ExplainRequest } from '../actions/types.js'
import type { ZoneConfig } from '../config.js'
import type { Queryable } from '../db/database.js'
import { accessTo, memberProjectsOf, parentsOf } from '../db/stores/project-access.js'
import { findResources } from '../db/stores/resources.js'
import { findUser } from '../db/stores/users.js'
import { neededPolicy, ruleGrants, type Need } from '../domain/projects.js'
import { releasableBy, unbindIds } from '../services/binding.js'
import { authorize, namedIds, projectApplies } from './authorize.js'
import { validate } from './validate.js'

/**
 * ExplainPermission (docs/operator.md#permission-explained): the verdict is the authorize
 * stage's own, run for the user on the request's validated parameters in the caller's read-only
 * transaction, so nothing executes; the resources' reach beside it says why.
 */
export async function explainPermission(db: Queryable, zones: readonly ZoneConfig[], input: ExplainRequest): Promise<ExplanationBody> {
  const user = await findUser(db, input.user_id)
  if (!user) throw new ApiError('ResourceNotFound', { resource: 'user', id: input.user_id })
  const action = resolveActionName(input.action_name)
  if (!action || endpointOf(actions[action].service) !== 'iaas') {
    throw new ApiError('InvalidParameter', { param: 'action_name', reason: `names no QingCloud action [${input.action_name}]` })
  }
  const descriptor: AnyAction = actions[action]
  const raw = new RawParams(wirePairs(input))
  const { values } = validate(descriptor, raw, zones)
  const caller: Caller = { user_id: user.user_id, access_key_id: '', role: user.role }
  const projectId = 'project_id' in descriptor.params ? undefined : raw.get('project_id')?.trim() || undefined
  let verdict: Pick<ExplanationBody, 'verdict' | 'verdict_ret_code' | 'reason'>
  try {
    await authorize(descriptor, values, caller, db, projectId)
    verdict = { verdict: 'allow', verdict_ret_code: 0, reason: '' }
  } catch (error) {
    if (!(error instanceof ApiError)) throw error
    verdict = { verdict: 'deny', verdict_ret_code: error.ret_code, reason: error.message }
  }
  const resource_set = await reachOf(db, descriptor, values, caller)
  // A Describe* in a project names no resource: what decides is the user's reach into the project.
  if (projectId !== undefined && descriptor.permission.operation === 'describe' && projectApplies(descriptor)) {
    resource_set.push(await projectReach(db, descriptor, caller, projectId))
  }
  if (verdict.verdict === 'allow') verdict.reason = allowedBecause(resource_set)
  return { user_id: user.user_id, explained_action: descriptor.name, ...verdict, resource_set }
}

/** The `name=value` texts as wire pairs, with the explaining request's zone unless one is given. */
function wirePairs(input: ExplainRequest): ParamPair[] {
  const pairs: ParamPair[] = input.parameters.map((text, i) => {
    const eq = text.indexOf('=')
    if (eq <= 0) throw new ApiError('InvalidParameter', { param: `parameters.${i + 1}`, reason: 'must be name=value' })
    return [text.slice(0, eq), text.slice(eq + 1)]
  })
  if (input.zone !== '' && !pairs.some(([name]) => name === 'zone')) pairs.push(['zone', input.zone])
  return pairs
}

function allowedBecause(resources: readonly ExplainedResource[]): string {
  const shared = resources.filter((r) => r.access === 'project')
  if (shared.length === 0)
    return resources.length === 0 ? 'the action names no resource of another user' : 'every resource it names is its own'
  return shared.map((r) => `${r.resource_id}: rule [${r.granting_rule}] of role [${r.role}] in project [${r.project_id}]`).join('; ')
}

/** Each named resource: its owner and how the user reaches it, as the authorize stage weighs it. */
async function reachOf(
  db: Queryable,
  descriptor: AnyAction,
  values: Record<string, unknown>,
  caller: Caller,
): Promise<ExplainedResource[]> {
  const named = namedIds(descriptor.params as ParamShape, values)
  const rows = new Map((await findResources(db, [...named.keys()])).map((row) => [row.resource_id, row]))
  const foreign = [...rows.values()].filter((row) => row.owner !== caller.user_id)
  const parents = await parentsOf(db, foreign)
  const itemOf = (id: string) => parents.get(id) ?? id
  const memberships = await memberProjectsOf(
    db,
    caller.user_id,
    foreign.map((row) => itemOf(row.resource_id)),
  )
  const access = await accessTo(db, caller.user_id, [...new Set(memberships.map((m) => m.project_id))])
  const releasable = descriptor.unbinds ? await releasableBy(db, caller.user_id, unbindIds(descriptor, values)) : new Set<string>()
  const out: ExplainedResource[] = []
  for (const [id, type] of named) {
    const row = rows.get(id)
    const base = { resource_id: id, project_id: '', role: '', granting_rule: '', missing_rule: '' }
    if (!row) {
      out.push({ ...base, resource_type: type, owner: '', access: 'unknown' })
      continue
    }
    const entry = { ...base, resource_type: row.resource_type, owner: row.owner }
    if (row.owner === caller.user_id) {
      out.push({ ...entry, access: 'own' })
      continue
    }
    const need: Need = {
      action: descriptor.name,
      resource_type: parentTypes[row.resource_type] ?? row.resource_type,
      declared: descriptor.permission.resource,
      operation: descriptor.permission.operation,
    }
    const reaches = memberships
      .filter((m) => m.resource_id === itemOf(id))
      .map((m) => access.get(m.project_id)!)
      .map((project) => ({ project, rule: project.member?.rules.find((rule) => ruleGrants(rule, need)) }))
    const chosen = reaches.find((r) => r.rule) ?? reaches[0]
    if (!chosen) {
      out.push({ ...entry, access: releasable.has(id) ? 'unbind' : 'none' })
      continue
    }
    out.push({
      ...entry,
      access: 'project',
      project_id: chosen.project.project_id,
      role: chosen.project.member?.role ?? '',
      granting_rule: chosen.rule ? ruleText(chosen.rule) : '',
      missing_rule: chosen.rule || descriptor.permission.owner_only ? '' : neededPolicy(need),
    })
  }
  return out
}

/** The project a Describe* lists the items of: whose it is, and which rule of the user's role grants the listing. */
async function projectReach(db: Queryable, descriptor: AnyAction, caller: Caller, project_id: string): Promise<ExplainedResource> {
  const base = { resource_id: project_id, resource_type: 'project', project_id, role: '', granting_rule: '', missing_rule: '' }
  const project = (await accessTo(db, caller.user_id, [project_id])).get(project_id)
  if (!project) return { ...base, project_id: '', owner: '', access: 'unknown' }
  if (project.owner === caller.user_id) return { ...base, owner: project.owner, access: 'own' }
  if (!project.member) return { ...base, owner: project.owner, access: 'none' }
  const { resource, operation } = descriptor.permission
  const need: Need = { action: descriptor.name, resource_type: resource, declared: resource, operation }
  const rule = project.member.rules.find((candidate) => ruleGrants(candidate, need))
  return {
    ...base,
    owner: project.owner,
    access: 'project',
    role: project.member.role,
    granting_rule: rule ? ruleText(rule) : '',
    missing_rule: rule ? '' : neededPolicy(need),
  }
}

function ruleText(rule: { policy: string; principle: string }): string {
  return rule.policy === 'action' ? `action ${rule.principle}` : rule.policy
}
