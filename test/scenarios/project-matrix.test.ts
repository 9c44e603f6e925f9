import { describe, expect, it } from 'vitest'
import { actions } from '../../src/protocol/actions/index.js'
import type { AnyAction } from '../../src/protocol/define.js'
import type { AnyParam, ParamShape } from '../../src/protocol/params.js'
import type { QingClient } from '../../src/sdk/index.js'
import { QingApiError } from '../../src/sdk/index.js'
import { newCertificate } from '../harness/certificates.js'
import { basicInstance } from '../harness/compute.js'
import { addMember, memberWithRules, newProject } from '../harness/projects.js'
import { startTestServer, type TestServer } from '../harness/server.js'

/**
 * The registry-wide matrix of issue 6: every action of every service that names a resource of a
 * type we can create here, called on a project item by each kind of caller. Only the authorize
 * stage's verdict is checked (its messages say "is not allowed"); whatever the handler answers
 * after it (wrong state, missing other ids) does not matter here. Actions added later are covered
 * as soon as their descriptor names an instance, volume or key pair with `p.id(type)`.
 */

type Fixture = (api: TestServer, project_id: string) => Promise<string>
const fixtures: Record<string, Fixture> = {
  volume: async (api, project_id) => (await api.client.createVolumes({ size: 20, project_id })).volumes[0]!,
  instance: async (api, project_id) => (await api.client.runInstances({ ...basicInstance, project_id })).instances[0]!,
  keypair: async (api, project_id) => (await api.client.createKeyPair({ encrypt_method: 'ssh-ed25519', project_id })).keypair_id,
  security_group: async (api, project_id) =>
    (await api.client.createSecurityGroup({ security_group_name: 'sg', project_id })).security_group_id,
  security_group_ipset: async (api, project_id) =>
    (await api.client.createSecurityGroupIPSet({ ipset_type: 0, val: '192.168.1.0/24', project_id })).security_group_ipset_id,
  eip: async (api, project_id) => (await api.client.allocateEips({ bandwidth: 4, project_id })).eips[0]!,
  vxnet: async (api, project_id) => (await api.client.createVxnets({ vxnet_type: 1, project_id })).vxnets[0]!,
  router: async (api, project_id) => (await api.client.createRouters({ project_id })).routers[0]!,
  loadbalancer: async (api, project_id) => (await api.client.createLoadBalancer({ vxnet: 'vxnet-0', project_id })).loadbalancer_id,
  server_certificate: async (api, project_id) => newCertificate(api.client, { project_id }),
  loadbalancer_policy: async (api, project_id) => (await api.client.createLoadBalancerPolicy({ project_id })).loadbalancer_policy_id,
  snapshot: async (api, project_id) => {
    const [volume] = (await api.client.createVolumes({ size: 20 })).volumes
    await api.drainJobs()
    return (await api.client.createSnapshots({ resources: [volume!], project_id })).snapshots[0]!
  },
  image: async (api, project_id) => {
    const [instance] = (await api.client.runInstances(basicInstance)).instances
    await api.drainJobs()
    await api.client.stopInstances({ instances: [instance!] })
    await api.drainJobs()
    return (await api.client.captureInstance({ instance: instance!, project_id })).image_id
  },
}

/** A value validation accepts (ids are well-formed but unknown: the handler, not authorize, minds). */
function sample(spec: AnyParam): unknown {
  const { kind, example, defaultValue, enumValues, item, fields, resource } = spec.state
  if (example !== undefined) return example
  if (defaultValue !== undefined) return defaultValue
  if (kind === 'flag') return false
  if (kind === 'enum') return enumValues![0]
  if (kind === 'int') return enumValues ? Number(enumValues[0]) : 1
  if (kind === 'id') return resource === 'zone' ? undefined : 'xx-unknown0'
  if (kind === 'list') return [sample(item!)]
  if (kind === 'objects')
    return [
      Object.fromEntries(
        Object.entries(fields!)
          .filter(([, f]) => f.mode === 'required')
          .map(([n, f]) => [n, sample(f)]),
      ),
    ]
  return 'x'
}

interface Case {
  action: AnyAction
  param: string
  type: string
  list: boolean
}

const cases: Case[] = (Object.values(actions) as AnyAction[])
  // Root-only actions (the operator's controls) are granted by no project rule: test/actions/qingstack covers them.
  .filter((d) => d.service !== 'project' && d.permission.operation !== 'describe' && d.callers !== 'root')
  .flatMap((d) =>
    Object.entries(d.params as ParamShape).flatMap(([param, spec]) => {
      const direct = spec.state.kind === 'id' ? spec.state.resource : undefined
      const listed = spec.state.kind === 'list' && spec.state.item?.state.kind === 'id' ? spec.state.item.state.resource : undefined
      // A parameter naming resources of any type (CreateSnapshots) is tried with a volume.
      const named = direct ?? listed
      const type = named === 'any' ? 'volume' : named
      return type && type in fixtures ? [{ action: d, param, type, list: listed !== undefined }] : []
    }),
  )
  .sort((a, b) => (a.action.name + a.param < b.action.name + b.param ? -1 : 1))

/** `id` as parameter `spec` names it: `|`-separated text puts it at its part (`instance-id|vxnet-id`). */
function naming(spec: AnyParam, id: string): string {
  const part = (spec.state.item ?? spec).state.idPart ?? 0
  return [...Array.from({ length: part }, () => 'xx-unknown0'), id].join('|')
}

function params(c: Case, id: string): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  const shape = c.action.params as ParamShape
  for (const [name, spec] of Object.entries(shape)) {
    if (spec.mode === 'required') out[name] = sample(spec)
  }
  const value = naming(shape[c.param]!, id)
  out[c.param] = c.list ? [value] : value
  return out
}

/** The authorize stage's verdict: the denial message, or undefined when it let the call through. */
async function verdict(client: QingClient, c: Case, id: string, options: { unknownDenies?: boolean } = {}): Promise<string | undefined> {
  try {
    await client.request(c.action.name, params(c, id))
    return undefined
  } catch (error) {
    if (!(error instanceof QingApiError)) throw error
    // Outside the caller's projects the item reads as unknown (docs/compat.md#foreign-ids-read-as-unknown).
    const unknown = options.unknownDenies === true && error.ret_code === 2100 && error.message.includes(`[${id}] does not exist`)
    return unknown || (error.ret_code === 1400 && /is not allowed (on|in)/.test(error.message)) ? error.message : undefined
  }
}

describe('every action × caller, on a project item (issue 6 matrix)', () => {
  it('covers the registry', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80)
    expect(cases.filter((c) => c.action.name === 'CreateSnapshots').map((c) => c.param)).toEqual(['resources'])
    expect(new Set(cases.map((c) => c.type))).toEqual(new Set(Object.keys(fixtures)))
  })

  it('denies strangers, read-only members, disabled and missing rules; allows the owner, resource admins and listed actions', async () => {
    await using api = await startTestServer({
      env: { QINGSTACK_QUOTAS: 'instance=1000,cpu=1000,memory=1024000,volume=1000,volume_size=100000' },
    })
    const { project_id, roles } = await newProject(api.client)
    const stranger = await api.newUser()
    const viewer = await addMember(api, api.client, project_id, roles.member)
    const operator = await addMember(api, api.client, project_id, roles.resource_admin)
    const disabled = await memberWithRules(api, api.client, project_id, [{ policy: 'all.project_manage' }])
    await api.client.modifyGroupRoleRuleAttributes({ group_role_rule: disabled.rules[0]!, status: 'disabled' })
    const principle = JSON.stringify(
      Object.keys(fixtures).map((type) => ({
        resource_type: type,
        actions: cases.filter((c) => c.type === type).map((c) => c.action.name),
      })),
    )
    const listed = await memberWithRules(api, api.client, project_id, [{ policy: 'action', principle }])
    const otherType = await memberWithRules(api, api.client, project_id, [{ policy: 'tag.modify' }, { policy: 'tag.delete' }])
    const admin = await addMember(api, api.client, project_id, roles.project_admin)
    // An administrator of another project of the same owner: its rules stop at its own project.
    const elsewhere = await newProject(api.client)
    const otherAdmin = await addMember(api, api.client, elsewhere.project_id, elsewhere.roles.project_admin)

    const failures: string[] = []
    for (const c of cases) {
      const id = await fixtures[c.type]!(api, project_id)
      await api.drainJobs()
      const label = `${c.action.name}(${c.param})`
      for (const [who, client] of [
        ['stranger', stranger.client],
        ['member', viewer.client],
        ['disabled rule', disabled.client],
        ['other type', otherType.client],
        ['admin of another project', otherAdmin.client],
      ] as const) {
        if ((await verdict(client, c, id, { unknownDenies: true })) === undefined) failures.push(`${label}: ${who} was let through`)
      }
      // An owner_only action (GrantImageToUsers) is the item owner's alone, whatever the role.
      const allowed = [
        ['policy=action', listed.client],
        ['resource_admin', operator.client],
        ['project_admin', admin.client],
        ['owner', api.client],
      ] as const
      for (const [who, client] of allowed.filter(([who]) => !c.action.permission.owner_only || who === 'owner')) {
        const denied = await verdict(client, c, id)
        if (denied !== undefined) failures.push(`${label}: ${who} denied: ${denied}`)
      }
      await api.drainJobs()
    }
    expect(failures).toEqual([])
  }, 120_000)

  it('never lists another project’s items: Describe* with a foreign project_id is 1400, without it shows own resources only', async () => {
    await using api = await startTestServer()
    const a = await newProject(api.client)
    const b = await newProject(api.client)
    const items = new Set<string>()
    for (const make of Object.values(fixtures)) items.add(await make(api, b.project_id))
    await api.drainJobs()
    const viewer = await addMember(api, api.client, a.project_id, a.roles.member)
    const describes = (Object.values(actions) as AnyAction[]).filter(
      (d) => d.permission.operation === 'describe' && d.permission.resource in fixtures && `${d.permission.resource}_set` in d.response,
    )
    expect(describes.length).toBeGreaterThanOrEqual(9)
    // System images are everyone's: only self-made ones could leak.
    const narrow: Record<string, Record<string, unknown>> = { DescribeImages: { provider: 'self' } }
    for (const d of describes) {
      const extra = narrow[d.name] ?? {}
      const foreign = await viewer.client.request(d.name, { ...extra, project_id: b.project_id }).catch((e: QingApiError) => e)
      expect(foreign instanceof QingApiError && foreign.ret_code, d.name).toBe(1400)
      const own = (await viewer.client.request(d.name, { ...extra, project_id: a.project_id })) as { total_count: number }
      expect(own.total_count, d.name).toBe(0)
      // Without project_id the viewer sees its own resources (a first DescribeSecurityGroups makes its
      // default group), never b's items.
      const mine = (await viewer.client.request(d.name, { ...extra, limit: 100 })) as Record<string, unknown>
      const ids = (mine[`${d.permission.resource}_set`] as Array<Record<string, unknown>>).map((r) => r[`${d.permission.resource}_id`])
      expect(
        ids.filter((id) => items.has(id as string)),
        d.name,
      ).toEqual([])
      expect(ids.length, d.name).toBe(d.name === 'DescribeSecurityGroups' ? 1 : 0)
    }
  })
})
