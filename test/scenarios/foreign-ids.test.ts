import { describe, expect, it } from 'vitest'
import type { QingClient } from '../../src/sdk/index.js'
import { QingApiError } from '../../src/sdk/index.js'
import { runningInstances } from '../harness/compute.js'
import { availableEips } from '../harness/network.js'
import { startTestServer, type TestServer } from '../harness/server.js'
import { availableVolumes } from '../harness/storage.js'

/**
 * Another user's id reads as unknown (docs/compat.md#foreign-ids-read-as-unknown): for every
 * action below, naming a resource of another user answers exactly as naming an id of the same
 * prefix that never existed, once the ids are taken out of the message, and names no user.
 */

/** What a call answered, its ids replaced: `ok` or `ret_code message`. */
async function answer(call: Promise<unknown>, ids: readonly string[]): Promise<string> {
  try {
    await call
    return 'ok'
  } catch (error) {
    if (!(error instanceof QingApiError)) throw error
    let message = error.message
    for (const id of ids) message = message.split(id).join('<id>')
    return `${error.ret_code} ${message}`
  }
}

/** The root user's resources of every type, and a stranger's own, each in a state actions accept. */
async function world(api: TestServer) {
  const c = api.client
  const [instance] = await runningInstances(api)
  const [stopped] = await runningInstances(api)
  await c.stopInstances({ instances: [stopped!] })
  const [volume] = await availableVolumes(api)
  const { keypair_id } = await c.createKeyPair({ keypair_name: 'k' })
  const { security_group_id } = await c.createSecurityGroup({ security_group_name: 'g' })
  const { security_group_rules } = await c.addSecurityGroupRules({
    security_group: security_group_id,
    rules: [{ protocol: 'tcp', priority: 1, val1: '22' }],
  })
  const { security_group_snapshot_id } = await c.createSecurityGroupSnapshot({ security_group: security_group_id })
  const { security_group_ipset_id } = await c.createSecurityGroupIPSet({ ipset_type: 0, val: '10.0.0.1' })
  const [eip] = await availableEips(api)
  const { vxnets } = await c.createVxnets({ vxnet_type: 1 })
  const { routers } = await c.createRouters({ router_name: 'r' })
  await api.drainJobs()
  const { router_statics } = await c.addRouterStatics({ router: routers[0]!, statics: [{ static_type: 8, val1: 'dns', val2: '1.1.1.1' }] })
  const { snapshots } = await c.createSnapshots({ resources: [volume!] })
  const { image_id, job_id } = await c.captureInstance({ instance: stopped! })
  const { tag_id } = await c.createTag({ tag_name: 't' })
  await api.drainJobs()

  const s = await api.newUser()
  const [mine] = await runningInstances(api, {}, s.client)
  const mineVolume = (await s.client.createVolumes({ size: 20 })).volumes[0]!
  const mineKeypair = (await s.client.createKeyPair({ keypair_name: 'k' })).keypair_id
  const mineGroup = (await s.client.createSecurityGroup({ security_group_name: 'g' })).security_group_id
  const mineEip = (await availableEips(api, 1, s.client))[0]!
  const mineVxnet = (await s.client.createVxnets({ vxnet_type: 1 })).vxnets[0]!
  const mineRouter = (await s.client.createRouters({ router_name: 'r' })).routers[0]!
  const mineTag = (await s.client.createTag({ tag_name: 't' })).tag_id
  await api.drainJobs()
  return {
    theirs: {
      instance: instance!,
      stopped: stopped!,
      volume: volume!,
      keypair: keypair_id,
      group: security_group_id,
      rule: security_group_rules[0]!,
      groupSnapshot: security_group_snapshot_id,
      ipset: security_group_ipset_id,
      eip: eip!,
      vxnet: vxnets[0]!,
      router: routers[0]!,
      static: router_statics[0]!,
      snapshot: snapshots[0]!,
      image: image_id,
      job: job_id,
      tag: tag_id,
    },
    stranger: {
      client: s.client,
      instance: mine!,
      volume: mineVolume,
      keypair: mineKeypair,
      group: mineGroup,
      eip: mineEip,
      vxnet: mineVxnet,
      router: mineRouter,
      tag: mineTag,
    },
  }
}

type World = Awaited<ReturnType<typeof world>>
type Theirs = World['theirs']

/** Each case: the foreign resource substituted, and the call the stranger makes with an id in its place. */
function cases(m: World['stranger']): Array<[keyof Theirs, string, (c: QingClient, id: string) => Promise<unknown>]> {
  return [
    ['group', 'DescribeSecurityGroupRules', (c, id) => c.describeSecurityGroupRules({ security_group: id })],
    ['group', 'DescribeSecurityGroupSnapshots', (c, id) => c.describeSecurityGroupSnapshots({ security_group: id })],
    ['job', 'DescribeJobs', (c, id) => c.describeJobs({ jobs: [id] })],
    ['volume', 'DescribeVolumes', (c, id) => c.describeVolumes({ volumes: [id] })],
    ['eip', 'DescribeEips', (c, id) => c.describeEips({ eips: [id] })],
    ['group', 'DescribeSecurityGroups', (c, id) => c.describeSecurityGroups({ security_groups: [id] })],
    ['router', 'DescribeRouters', (c, id) => c.describeRouters({ routers: [id] })],
    ['vxnet', 'DescribeVxnets', (c, id) => c.describeVxnets({ vxnets: [id] })],
    ['vxnet', 'DescribeVxnetInstances', (c, id) => c.describeVxnetInstances({ vxnet: id })],
    ['router', 'DescribeRouterVxnets', (c, id) => c.describeRouterVxnets({ router: id })],
    ['image', 'DescribeImageUsers', (c, id) => c.describeImageUsers({ image_id: id })],
    ['ipset', 'DescribeSecurityGroupIPSets', (c, id) => c.describeSecurityGroupIPSets({ security_group_ipsets: [id] })],
    ['volume', 'ModifyVolumeAttributes', (c, id) => c.modifyVolumeAttributes({ volume: id, volume_name: 'x' })],
    ['volume', 'DeleteVolumes', (c, id) => c.deleteVolumes({ volumes: [id] })],
    ['volume', 'ResizeVolumes', (c, id) => c.resizeVolumes({ volumes: [id], size: 20 })],
    ['volume', 'AttachVolumes (volume)', (c, id) => c.attachVolumes({ volumes: [id], instance: m.instance })],
    ['instance', 'AttachVolumes (instance)', (c, id) => c.attachVolumes({ volumes: [m.volume], instance: id })],
    ['instance', 'DetachVolumes', (c, id) => c.detachVolumes({ volumes: [m.volume], instance: id })],
    ['instance', 'StopInstances', (c, id) => c.stopInstances({ instances: [id] })],
    ['instance', 'RestartInstances', (c, id) => c.restartInstances({ instances: [id] })],
    ['instance', 'TerminateInstances', (c, id) => c.terminateInstances({ instances: [id] })],
    ['instance', 'ModifyInstanceAttributes', (c, id) => c.modifyInstanceAttributes({ instance: id, instance_name: 'x' })],
    ['instance', 'CloneInstances', (c, id) => c.cloneInstances({ instances: [id] })],
    ['stopped', 'CaptureInstance', (c, id) => c.captureInstance({ instance: id })],
    ['keypair', 'AttachKeyPairs (key pair)', (c, id) => c.attachKeyPairs({ keypairs: [id], instances: [m.instance] })],
    ['instance', 'AttachKeyPairs (instance)', (c, id) => c.attachKeyPairs({ keypairs: [m.keypair], instances: [id] })],
    ['keypair', 'DetachKeyPairs', (c, id) => c.detachKeyPairs({ keypairs: [id], instances: [m.instance] })],
    ['keypair', 'DeleteKeyPairs', (c, id) => c.deleteKeyPairs({ keypairs: [id] })],
    ['keypair', 'ModifyKeyPairAttributes', (c, id) => c.modifyKeyPairAttributes({ keypair: id, keypair_name: 'x' })],
    ['eip', 'AssociateEip (eip)', (c, id) => c.associateEip({ eip: id, instance: m.instance })],
    ['instance', 'AssociateEip (instance)', (c, id) => c.associateEip({ eip: m.eip, instance: id })],
    ['eip', 'DissociateEips', (c, id) => c.dissociateEips({ eips: [id] })],
    ['eip', 'ReleaseEips', (c, id) => c.releaseEips({ eips: [id] })],
    ['eip', 'ModifyEipAttributes', (c, id) => c.modifyEipAttributes({ eip: id, eip_name: 'x' })],
    ['eip', 'ChangeEipsBandwidth', (c, id) => c.changeEipsBandwidth({ eips: [id], bandwidth: 2 })],
    ['group', 'ApplySecurityGroup (group)', (c, id) => c.applySecurityGroup({ security_group: id, instances: [m.instance] })],
    ['instance', 'ApplySecurityGroup (instance)', (c, id) => c.applySecurityGroup({ security_group: m.group, instances: [id] })],
    [
      'group',
      'AddSecurityGroupRules',
      (c, id) => c.addSecurityGroupRules({ security_group: id, rules: [{ protocol: 'udp', priority: 2 }] }),
    ],
    ['group', 'DeleteSecurityGroups', (c, id) => c.deleteSecurityGroups({ security_groups: [id] })],
    [
      'group',
      'ModifySecurityGroupAttributes',
      (c, id) => c.modifySecurityGroupAttributes({ security_group: id, security_group_name: 'x' }),
    ],
    ['rule', 'DeleteSecurityGroupRules', (c, id) => c.deleteSecurityGroupRules({ security_group_rules: [id] })],
    ['rule', 'ModifySecurityGroupRuleAttributes', (c, id) => c.modifySecurityGroupRuleAttributes({ security_group_rule: id, priority: 3 })],
    ['group', 'CreateSecurityGroupSnapshot', (c, id) => c.createSecurityGroupSnapshot({ security_group: id })],
    ['groupSnapshot', 'DeleteSecurityGroupSnapshots', (c, id) => c.deleteSecurityGroupSnapshots({ security_group_snapshots: [id] })],
    [
      'ipset',
      'ModifySecurityGroupIPSetAttributes',
      (c, id) => c.modifySecurityGroupIPSetAttributes({ security_group_ipset: id, val: '10.0.0.2' }),
    ],
    ['ipset', 'DeleteSecurityGroupIPSets', (c, id) => c.deleteSecurityGroupIPSets({ security_group_ipsets: [id] })],
    ['ipset', 'ApplySecurityGroupIPSets', (c, id) => c.applySecurityGroupIPSets({ security_group_ipsets: [id] })],
    ['ipset', 'CopySecurityGroupIPSets', (c, id) => c.copySecurityGroupIPSets({ ipsets: [id], dest_zones: ['pek3a'] })],
    ['vxnet', 'JoinVxnet (vxnet)', (c, id) => c.joinVxnet({ vxnet: id, instances: [m.instance] })],
    ['instance', 'JoinVxnet (instance)', (c, id) => c.joinVxnet({ vxnet: m.vxnet, instances: [id] })],
    ['vxnet', 'LeaveVxnet', (c, id) => c.leaveVxnet({ vxnet: id, instances: [m.instance] })],
    ['vxnet', 'DeleteVxnets', (c, id) => c.deleteVxnets({ vxnets: [id] })],
    ['vxnet', 'ModifyVxnetAttributes', (c, id) => c.modifyVxnetAttributes({ vxnet: id, vxnet_name: 'x' })],
    ['vxnet', 'JoinRouter (vxnet)', (c, id) => c.joinRouter({ vxnet: id, router: m.router, ip_network: '192.168.9.0/24' })],
    ['router', 'JoinRouter (router)', (c, id) => c.joinRouter({ vxnet: m.vxnet, router: id, ip_network: '192.168.9.0/24' })],
    ['router', 'LeaveRouter', (c, id) => c.leaveRouter({ router: id, vxnets: [m.vxnet] })],
    ['router', 'DeleteRouters', (c, id) => c.deleteRouters({ routers: [id] })],
    ['router', 'ModifyRouterAttributes', (c, id) => c.modifyRouterAttributes({ router: id, router_name: 'x' })],
    ['eip', 'ModifyRouterAttributes (eip)', (c, id) => c.modifyRouterAttributes({ router: m.router, eip: id })],
    ['group', 'ModifyRouterAttributes (group)', (c, id) => c.modifyRouterAttributes({ router: m.router, security_group: id })],
    [
      'router',
      'AddRouterStatics',
      (c, id) => c.addRouterStatics({ router: id, statics: [{ static_type: 8, val1: 'dns', val2: '8.8.8.8' }] }),
    ],
    ['static', 'DeleteRouterStatics', (c, id) => c.deleteRouterStatics({ router_statics: [id] })],
    ['static', 'ModifyRouterStaticAttributes', (c, id) => c.modifyRouterStaticAttributes({ router_static: id, router_static_name: 'x' })],
    ['router', 'CopyRouterStatics (source)', (c, id) => c.copyRouterStatics({ source_router: id, dest_router: m.router })],
    ['router', 'PowerOffRouters', (c, id) => c.powerOffRouters({ routers: [id] })],
    ['router', 'UpdateRouters', (c, id) => c.updateRouters({ routers: [id] })],
    ['volume', 'CreateSnapshots', (c, id) => c.createSnapshots({ resources: [id] })],
    ['snapshot', 'DeleteSnapshots', (c, id) => c.deleteSnapshots({ snapshots: [id] })],
    ['snapshot', 'ModifySnapshotAttributes', (c, id) => c.modifySnapshotAttributes({ snapshot: id, snapshot_name: 'x' })],
    ['snapshot', 'ApplySnapshots', (c, id) => c.applySnapshots({ snapshots: [id] })],
    ['snapshot', 'CreateVolumeFromSnapshot', (c, id) => c.createVolumeFromSnapshot({ snapshot: id })],
    ['image', 'DeleteImages', (c, id) => c.deleteImages({ images: [id] })],
    ['image', 'ModifyImageAttributes', (c, id) => c.modifyImageAttributes({ image: id, image_name: 'x' })],
    ['image', 'GrantImageToUsers', (c, id) => c.grantImageToUsers({ image: id, users: ['usr-nobody00'] })],
    [
      'image',
      'RunInstances (image)',
      (c, id) => c.runInstances({ image_id: id, instance_type: 'c1m1', login_mode: 'passwd', login_passwd: 'Secret2026' }),
    ],
    [
      'group',
      'RunInstances (group)',
      (c, id) =>
        c.runInstances({
          image_id: 'centos7x64d',
          instance_type: 'c1m1',
          login_mode: 'passwd',
          login_passwd: 'Secret2026',
          security_group: id,
        }),
    ],
    [
      'keypair',
      'RunInstances (key pair)',
      (c, id) => c.runInstances({ image_id: 'centos7x64d', instance_type: 'c1m1', login_mode: 'keypair', login_keypair: id }),
    ],
    [
      'vxnet',
      'RunInstances (vxnet)',
      (c, id) =>
        c.runInstances({ image_id: 'centos7x64d', instance_type: 'c1m1', login_mode: 'passwd', login_passwd: 'Secret2026', vxnets: [id] }),
    ],
    [
      'volume',
      'RunInstances (volume)',
      (c, id) =>
        c.runInstances({ image_id: 'centos7x64d', instance_type: 'c1m1', login_mode: 'passwd', login_passwd: 'Secret2026', volumes: [id] }),
    ],
    ['group', 'CreateRouters (group)', (c, id) => c.createRouters({ router_name: 'r', security_group: id })],
    [
      'tag',
      'AttachTags (tag)',
      (c, id) => c.attachTags({ resource_tag_pairs: [{ tag_id: id, resource_type: 'instance', resource_id: m.instance }] }),
    ],
    [
      'instance',
      'AttachTags (resource)',
      (c, id) => c.attachTags({ resource_tag_pairs: [{ tag_id: m.tag, resource_type: 'instance', resource_id: id }] }),
    ],
    [
      'tag',
      'DetachTags',
      (c, id) => c.detachTags({ resource_tag_pairs: [{ tag_id: id, resource_type: 'instance', resource_id: m.instance }] }),
    ],
    ['tag', 'DeleteTags', (c, id) => c.deleteTags({ tags: [id] })],
    ['tag', 'ModifyTagAttributes', (c, id) => c.modifyTagAttributes({ tag: id, tag_name: 'x' })],
  ]
}

describe("another user's id reads as unknown", () => {
  it('answers as for an id that never existed, in every action that names one', async () => {
    await using api = await startTestServer()
    const w = await world(api)
    const differences: string[] = []
    for (const [type, name, call] of cases(w.stranger)) {
      const theirs = w.theirs[type]
      // The same prefix, a body no id has: an id that never existed.
      const never = `${theirs.slice(0, theirs.indexOf('-') + 1)}zz9zz9zz`
      const foreign = await answer(call(w.stranger.client, theirs), [theirs])
      const unknown = await answer(call(w.stranger.client, never), [never])
      if (foreign !== unknown || /usr-/.test(foreign)) differences.push(`${name}: foreign "${foreign}" / never existed "${unknown}"`)
    }
    expect(differences).toEqual([])
    // Nothing of the root user's changed hands or state: its volume is still available and named as made.
    const [volume] = (await api.client.describeVolumes({ volumes: [w.theirs.volume] })).volume_set
    expect([volume!.status, volume!.volume_name]).toEqual(['available', ''])
  })
})
