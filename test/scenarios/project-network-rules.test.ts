import { describe, expect, it } from 'vitest'
import { basicInstance } from '../harness/compute.js'
import { eipStates } from '../harness/network.js'
import { addMember, memberWithRules, newProject } from '../harness/projects.js'
import { refusal } from '../harness/refusal.js'
import { startTestServer, type TestServer } from '../harness/server.js'

/**
 * Project rules on the network services, read as a story: the root user owns a project holding a
 * security group, an EIP, a VxNet and a running instance, and grants members single rules.
 */
async function networkProject(api: TestServer) {
  const project = await newProject(api.client)
  const { project_id } = project
  const { security_group_id } = await api.client.createSecurityGroup({ security_group_name: 'web', project_id })
  const { eips } = await api.client.allocateEips({ bandwidth: 4, project_id })
  const { vxnets } = await api.client.createVxnets({ vxnet_type: 1, vxnet_name: 'inner', project_id })
  const { instances } = await api.client.runInstances({ ...basicInstance, project_id })
  await api.drainJobs()
  return { ...project, security_group: security_group_id, eip: eips[0]!, vxnet: vxnets[0]!, instance: instances[0]! }
}

describe('project role rules on security groups, EIPs and VxNets', () => {
  it('security_group.modify adds rules to the project group; deleting it takes security_group.delete', async () => {
    await using api = await startTestServer()
    const p = await networkProject(api)
    const editor = await memberWithRules(api, api.client, p.project_id, [{ policy: 'security_group.modify' }])
    const stranger = await api.newUser()

    const { security_group_rules } = await editor.client.addSecurityGroupRules({
      security_group: p.security_group,
      rules: [{ protocol: 'tcp', priority: 1, action: 'accept', val1: '22', val2: '22' }],
    })
    const seen = await api.client.describeSecurityGroupRules({ security_group: p.security_group })
    expect(seen.security_group_rule_set.map((r) => [r.security_group_rule_id, r.protocol, r.val1])).toEqual([
      [security_group_rules[0], 'tcp', '22'],
    ])

    const denied = await refusal(editor.client.deleteSecurityGroups({ security_groups: [p.security_group] }))
    expect(denied.message).toBe(
      `PermissionDenied, DeleteSecurityGroups is not allowed on security group [${p.security_group}] in project [${p.project_id}]: role [${editor.role}] has no enabled rule granting security_group.delete`,
    )
    expect(
      (
        await refusal(
          stranger.client.addSecurityGroupRules({ security_group: p.security_group, rules: [{ protocol: 'udp', priority: 2 }] }),
        )
      ).message,
    ).toMatch(/does not exist$/)
    // Nothing the refused calls asked for happened: the group is there with its one rule.
    expect((await api.client.describeSecurityGroupRules({ security_group: p.security_group })).total_count).toBe(1)

    const remover = await memberWithRules(api, api.client, p.project_id, [{ policy: 'security_group.delete' }])
    expect((await remover.client.deleteSecurityGroups({ security_groups: [p.security_group] })).security_groups).toEqual([p.security_group])
    expect((await api.client.describeSecurityGroups({ project_id: p.project_id })).total_count).toBe(0)
  })

  it('eip.modify with instance.modify associates the project EIP to the project instance; a stranger may not', async () => {
    await using api = await startTestServer()
    const p = await networkProject(api)
    const stranger = await api.newUser()
    const refused = await refusal(stranger.client.associateEip({ eip: p.eip, instance: p.instance }))
    expect(refused.message).toMatch(/^ResourceNotFound, (EIP|instance) \[[\w-]+\] does not exist$/)

    // Each named resource needs the operation on its own type: the instance takes instance.modify.
    const eipOnly = await memberWithRules(api, api.client, p.project_id, [{ policy: 'eip.modify' }])
    expect((await refusal(eipOnly.client.associateEip({ eip: p.eip, instance: p.instance }))).message).toBe(
      `PermissionDenied, AssociateEip is not allowed on instance [${p.instance}] in project [${p.project_id}]: role [${eipOnly.role}] has no enabled rule granting instance.modify`,
    )
    expect(await eipStates(api.client, [p.eip])).toEqual([['available', '', '']])

    const binder = await memberWithRules(api, api.client, p.project_id, [{ policy: 'eip.modify' }, { policy: 'instance.modify' }])
    await binder.client.associateEip({ eip: p.eip, instance: p.instance })
    await api.drainJobs()
    expect(await eipStates(api.client, [p.eip])).toEqual([['associated', '', p.instance]])
    expect((await refusal(stranger.client.dissociateEips({ eips: [p.eip] }))).ret_code).toBe(2100)
    expect(await eipStates(api.client, [p.eip])).toEqual([['associated', '', p.instance]])
  })

  it('DescribeEips and DescribeVxnets with project_id list exactly its items, given the describe rule', async () => {
    await using api = await startTestServer()
    const p = await networkProject(api)
    // The owner's resources outside the project never show in the project's list.
    await api.client.allocateEips({ bandwidth: 4 })
    await api.client.createVxnets({ vxnet_type: 1 })
    const reader = await memberWithRules(api, api.client, p.project_id, [{ policy: 'eip.describe' }, { policy: 'vxnet.describe' }])
    const blind = await memberWithRules(api, api.client, p.project_id, [{ policy: 'eip.modify' }, { policy: 'vxnet.modify' }])
    const stranger = await api.newUser()

    expect((await reader.client.describeEips({ project_id: p.project_id })).eip_set.map((e) => e.eip_id)).toEqual([p.eip])
    expect((await reader.client.describeVxnets({ project_id: p.project_id })).vxnet_set.map((v) => v.vxnet_id)).toEqual([p.vxnet])
    // Without project_id the member sees its own (none).
    expect((await reader.client.describeEips()).total_count).toBe(0)

    const eipsDenied = await refusal(blind.client.describeEips({ project_id: p.project_id }))
    expect([eipsDenied.ret_code, eipsDenied.message]).toEqual([1400, expect.stringMatching(/granting eip\.describe$/)])
    const vxnetsDenied = await refusal(blind.client.describeVxnets({ project_id: p.project_id }))
    expect([vxnetsDenied.ret_code, vxnetsDenied.message]).toEqual([1400, expect.stringMatching(/granting vxnet\.describe$/)])
    expect((await refusal(stranger.client.describeEips({ project_id: p.project_id }))).message).toMatch(/is not a member$/)
    expect((await refusal(stranger.client.describeVxnets({ project_id: p.project_id }))).ret_code).toBe(1400)
  })

  it('members with a preset role see the network items; only the owner creates them in the project', async () => {
    await using api = await startTestServer()
    const p = await networkProject(api)
    const member = await addMember(api, api.client, p.project_id, p.roles.member)
    expect(
      (await member.client.describeSecurityGroups({ project_id: p.project_id })).security_group_set.map((g) => g.security_group_id),
    ).toEqual([p.security_group])
    const refused = await refusal(member.client.createVxnets({ vxnet_type: 1, project_id: p.project_id }))
    expect(refused.message).toBe(
      `PermissionDenied, only the owner [${api.root.user_id}] of project [${p.project_id}] may create resources in it`,
    )
    expect((await api.client.describeVxnets({ project_id: p.project_id })).total_count).toBe(1)
  })
})

describe('parts of a project security group or router', () => {
  it('are shared through their parent: its modify rule changes them, its delete rule deletes them', async () => {
    await using api = await startTestServer()
    const { project_id } = await newProject(api.client)
    const { security_group_id } = await api.client.createSecurityGroup({ security_group_name: 'web', project_id })
    const { routers } = await api.client.createRouters({ router_name: 'edge', project_id })
    await api.drainJobs()
    const { security_group_rules } = await api.client.addSecurityGroupRules({
      security_group: security_group_id,
      rules: [{ protocol: 'tcp', priority: 1, action: 'accept', val1: '22', val2: '22' }],
    })
    const { router_statics } = await api.client.addRouterStatics({
      router: routers[0]!,
      statics: [{ static_type: 8, val1: 'dns', val2: '1.1.1.1' }],
    })
    const editor = await memberWithRules(api, api.client, project_id, [{ policy: 'security_group.modify' }, { policy: 'router.modify' }])
    const stranger = await api.newUser()

    await editor.client.modifySecurityGroupRuleAttributes({ security_group_rule: security_group_rules[0]!, priority: 5 })
    await editor.client.modifyRouterStaticAttributes({ router_static: router_statics[0]!, router_static_name: 'resolver' })
    const rule = (await api.client.describeSecurityGroupRules({ security_group: security_group_id })).security_group_rule_set.find(
      (r) => r.security_group_rule_id === security_group_rules[0],
    )
    expect(rule?.priority).toBe(5)

    const denied = await refusal(editor.client.deleteSecurityGroupRules({ security_group_rules }))
    expect(denied.message).toBe(
      `PermissionDenied, DeleteSecurityGroupRules is not allowed on security group rule [${security_group_rules[0]}] in project [${project_id}]: role [${editor.role}] has no enabled rule granting security_group.delete`,
    )
    expect(
      (await refusal(stranger.client.modifyRouterStaticAttributes({ router_static: router_statics[0]!, router_static_name: 'x' }))).message,
    ).toBe(`ResourceNotFound, router static [${router_statics[0]}] does not exist`)
    const reader = await memberWithRules(api, api.client, project_id, [
      { policy: 'security_group.describe' },
      { policy: 'router.describe' },
    ])
    const statics = await reader.client.describeRouterStatics({ router: routers[0]!, project_id })
    expect(statics.router_static_set.map((r) => [r.router_static_id, r.router_static_name])).toEqual([[router_statics[0], 'resolver']])
    const listed = await reader.client.describeSecurityGroupRules({ security_group: security_group_id, project_id })
    expect(listed.security_group_rule_set.map((r) => r.security_group_rule_id)).toContain(security_group_rules[0])
    expect((await refusal(reader.client.describeSecurityGroupRules({ security_group: security_group_id }))).ret_code).toBe(2100)
    const deleter = await memberWithRules(api, api.client, project_id, [{ policy: 'security_group.delete' }])
    await deleter.client.deleteSecurityGroupRules({ security_group_rules })
    expect(
      (await api.client.describeSecurityGroupRules({ security_group: security_group_id })).security_group_rule_set.map(
        (r) => r.security_group_rule_id,
      ),
    ).not.toContain(security_group_rules[0])
  })
})

describe('a fixed address in a project VxNet', () => {
  it('`vxnet-id|ip` is authorized by its VxNet: a member with the rules joins, a stranger gets 1400', async () => {
    await using api = await startTestServer()
    const { project_id } = await newProject(api.client)
    const { vxnets } = await api.client.createVxnets({ vxnet_type: 0, vxnet_name: 'raw', project_id })
    const { instances } = await api.client.runInstances({ ...basicInstance, project_id })
    await api.drainJobs()
    const joiner = await memberWithRules(api, api.client, project_id, [{ policy: 'vxnet.modify' }, { policy: 'instance.modify' }])
    const stranger = await api.newUser()

    const { instances: theirs } = await stranger.client.runInstances(basicInstance)
    await api.drainJobs()
    expect((await refusal(stranger.client.joinVxnet({ vxnet: `${vxnets[0]}|10.9.0.5`, instances: theirs }))).message).toBe(
      `ResourceNotFound, vxnet [${vxnets[0]}] does not exist`,
    )
    await joiner.client.joinVxnet({ vxnet: `${vxnets[0]}|10.9.0.5`, instances })
    await api.drainJobs()
    const [instance] = (await api.client.describeInstances({ instances })).instance_set
    expect(instance!.vxnets.map((v) => [v.vxnet_id, v.private_ip])).toContainEqual([vxnets[0], '10.9.0.5'])
  })
})

describe('a project VxNet or EIP named by another action', () => {
  it("RunInstances' vxnets.n takes vxnet.modify on a project VxNet, as JoinVxnet does", async () => {
    await using api = await startTestServer()
    const p = await networkProject(api)
    const user = await memberWithRules(api, api.client, p.project_id, [{ policy: 'vxnet.modify' }])
    const other = await memberWithRules(api, api.client, p.project_id, [{ policy: 'instance.modify' }])
    const stranger = await api.newUser()

    expect((await refusal(other.client.runInstances({ ...basicInstance, vxnets: [p.vxnet] }))).message).toBe(
      `PermissionDenied, RunInstances is not allowed on vxnet [${p.vxnet}] in project [${p.project_id}]: role [${other.role}] has no enabled rule granting vxnet.modify`,
    )
    expect((await refusal(stranger.client.runInstances({ ...basicInstance, vxnets: [p.vxnet] }))).message).toBe(
      `ResourceNotFound, vxnet [${p.vxnet}] does not exist`,
    )
    // The refused calls created nothing.
    expect((await other.client.describeInstances()).total_count).toBe(0)
    expect((await stranger.client.describeInstances()).total_count).toBe(0)

    // With the rule, the member still may not put its own new instance in the owner's VxNet: one
    // owner per binding (docs/compat.md#one-owner-per-binding).
    expect((await refusal(user.client.runInstances({ ...basicInstance, vxnets: [p.vxnet] }))).message).toBe(
      `PermissionDenied, RunInstances binds resources of one owner only: parameter [vxnets] names vxnet [${p.vxnet}], which is not the caller's own, as what RunInstances creates is`,
    )
    expect((await user.client.describeInstances()).total_count).toBe(0)
  })

  it("ModifyRouterAttributes' eip takes eip.modify on a project EIP; eip= still detaches", async () => {
    await using api = await startTestServer()
    const { project_id } = await newProject(api.client)
    const { routers } = await api.client.createRouters({ router_name: 'edge', project_id })
    const { eips } = await api.client.allocateEips({ bandwidth: 2, project_id })
    await api.drainJobs()
    const routerOnly = await memberWithRules(api, api.client, project_id, [{ policy: 'router.modify' }])
    const both = await memberWithRules(api, api.client, project_id, [{ policy: 'router.modify' }, { policy: 'eip.modify' }])
    const stranger = await api.newUser()
    const { eips: theirs } = await stranger.client.allocateEips({ bandwidth: 2 })

    expect((await refusal(routerOnly.client.modifyRouterAttributes({ router: routers[0]!, eip: eips[0]! }))).message).toBe(
      `PermissionDenied, ModifyRouterAttributes is not allowed on EIP [${eips[0]}] in project [${project_id}]: role [${routerOnly.role}] has no enabled rule granting eip.modify`,
    )
    expect((await refusal(both.client.modifyRouterAttributes({ router: routers[0]!, eip: theirs[0]! }))).message).toBe(
      `ResourceNotFound, EIP [${theirs[0]}] does not exist`,
    )
    expect(await eipStates(api.client, eips)).toEqual([['available', '', '']])

    // The EIP is set at once (docs/compat.md#router-eip-at-once).
    await both.client.modifyRouterAttributes({ router: routers[0]!, eip: eips[0]! })
    expect(await eipStates(api.client, eips)).toEqual([['associated', '', routers[0]]])

    await routerOnly.client.modifyRouterAttributes({ router: routers[0]!, eip: '' })
    expect(await eipStates(api.client, eips)).toEqual([['available', '', '']])
  })
})
