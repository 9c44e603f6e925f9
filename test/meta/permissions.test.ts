import { describe, expect, it } from 'vitest'
import { actions } from '../../src/protocol/actions/index.js'
import type { AnyAction } from '../../src/protocol/define.js'
import type { AnyParam, ParamShape } from '../../src/protocol/params.js'
import { resourceTypes } from '../../src/protocol/resources.js'
import { presetRoles, projectEntityTypes, ruleGrants, type Need } from '../../src/server/domain/projects.js'

const all = Object.values(actions) as AnyAction[]

/** What the presets grant an action on a resource of its own type (docs/compat.md#preset-roles). */
function presetGrants(preset: string, d: AnyAction): boolean {
  const need: Need = {
    action: d.name,
    resource_type: d.permission.resource,
    declared: d.permission.resource,
    operation: d.permission.operation,
  }
  return presetRoles.find((r) => r.preset === preset)!.policies.some((policy) => ruleGrants({ policy, principle: '' }, need))
}

function untypedIds(params: ParamShape): string[] {
  const out: string[] = []
  const visit = (name: string, spec: AnyParam): void => {
    const { kind, resource, item, fields } = spec.state
    if (kind === 'id' && resource === undefined) out.push(name)
    if (item) visit(name, item)
    for (const [field, f] of Object.entries(fields ?? {})) visit(`${name}.${field}`, f)
  }
  for (const [name, spec] of Object.entries(params)) visit(name, spec)
  return out
}

describe('every registry action has a permission the project rules understand', () => {
  it.each(all.map((d) => [d.name, d] as const))('%s', (_name, d) => {
    const { resource, operation } = d.permission
    expect(resource === 'monitor' || resource in resourceTypes, `permission.resource ${resource}`).toBe(true)
    expect(['describe', 'modify', 'delete']).toContain(operation)
    // The presets of docs/compat.md#preset-roles: project admins do everything, resource admins operate every
    // resource but not the project, members only read.
    expect(presetGrants('project_admin', d)).toBe(true)
    expect(presetGrants('owner', d)).toBe(true)
    const entity = projectEntityTypes.has(resource)
    expect(presetGrants('resource_admin', d)).toBe(
      !entity && resource !== 'monitor' ? true : resource === 'monitor' && operation === 'describe',
    )
    expect(presetGrants('member', d)).toBe(!entity && operation === 'describe')
    // Ids that other services' changes name are typed, so the authorize stage sees what they touch.
    // `image_id` may name a system image, which has no prefix and belongs to everyone.
    if (d.service !== 'project' && operation !== 'describe') {
      expect(
        untypedIds(d.params as ParamShape).filter((n) => n !== 'image_id'),
        'untyped p.id() parameters',
      ).toEqual([])
    }
  })

  it('grants a policy=action rule exactly the actions it lists, and disabled or unknown policies nothing', () => {
    const need: Need = { action: 'StopInstances', resource_type: 'instance', declared: 'instance', operation: 'modify' }
    const principle = JSON.stringify([{ resource_type: 'instance', actions: ['StopInstances'] }])
    expect(ruleGrants({ policy: 'action', principle }, need)).toBe(true)
    expect(ruleGrants({ policy: 'action', principle }, { ...need, action: 'StartInstances' })).toBe(false)
    expect(ruleGrants({ policy: 'action', principle }, { ...need, resource_type: 'volume', declared: 'volume' })).toBe(false)
    expect(ruleGrants({ policy: 'instance.modfy', principle: '' }, need)).toBe(false)
    expect(ruleGrants({ policy: 'volume.modify', principle: '' }, need)).toBe(false)
    expect(ruleGrants({ policy: 'all.describe', principle: '' }, { ...need, resource_type: 'monitor', operation: 'describe' })).toBe(false)
  })
})
