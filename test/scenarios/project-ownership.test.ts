import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { findCrossOwnerBindings, reportCrossOwnerBindings } from '../../src/server/services/binding.js'
import { runningInstances } from '../harness/compute.js'
import { addMember, newProject } from '../harness/projects.js'
import { refusal } from '../harness/refusal.js'
import { startTestServer, type TestServer } from '../harness/server.js'
import { volumeStates } from '../harness/storage.js'

/**
 * Ownership and projects (docs/compat.md#one-owner-per-binding,
 * docs/compat.md#derived-resources-stay-in-the-project): the root user owns a project holding a
 * running instance, a stopped one and a volume; a member with resource_admin has its own.
 */
async function ownedProject(api: TestServer) {
  const project = await newProject(api.client)
  const { project_id } = project
  const [instance] = await runningInstances(api, { project_id })
  const [stopped] = await runningInstances(api, { project_id })
  await api.client.stopInstances({ instances: [stopped!] })
  const { volumes } = await api.client.createVolumes({ size: 20, project_id })
  const { security_group_id } = await api.client.createSecurityGroup({ security_group_name: 'web', project_id })
  const { eips } = await api.client.allocateEips({ bandwidth: 2, project_id })
  await api.drainJobs()
  const member = await addMember(api, api.client, project_id, project.roles.resource_admin)
  const [own] = await runningInstances(api, {}, member.client)
  const ownKeypair = (await member.client.createKeyPair({ keypair_name: 'mine' })).keypair_id
  const ownGroup = (await member.client.createSecurityGroup({ security_group_name: 'mine' })).security_group_id
  const ownVolume = (await member.client.createVolumes({ size: 20 })).volumes[0]!
  await api.drainJobs()
  return {
    ...project,
    member,
    theirs: { instance: instance!, stopped: stopped!, volume: volumes[0]!, group: security_group_id, eip: eips[0]! },
    own: { instance: own!, keypair: ownKeypair, group: ownGroup, volume: ownVolume },
  }
}

/** Gives a resource to another user in the store, as bindings made before the one-owner rule left them. */
async function reown(api: TestServer, table: 'keypairs' | 'volumes', column: 'keypair_id' | 'volume_id', id: string, owner: string) {
  const db = api.app.database.db
  await sql`update ${sql.table(table)} set owner = ${owner} where ${sql.ref(column)} = ${id}`.execute(db)
  await sql`update resources set owner = ${owner} where resource_id = ${id}`.execute(db)
}

describe('one owner per binding', () => {
  it("refuses a member's binding of its own resources to the project owner's, naming the parameter", async () => {
    await using api = await startTestServer()
    const p = await ownedProject(api)
    const m = p.member.client
    const keypairs = await refusal(m.attachKeyPairs({ keypairs: [p.own.keypair], instances: [p.theirs.instance] }))
    expect([keypairs.ret_code, keypairs.message]).toEqual([
      1400,
      `PermissionDenied, AttachKeyPairs binds resources of one owner only: parameter [keypairs] names key pair [${p.own.keypair}], whose owner is not that of instance [${p.theirs.instance}]`,
    ])
    expect((await refusal(m.applySecurityGroup({ security_group: p.own.group, instances: [p.theirs.instance] }))).message).toMatch(
      /parameter \[security_group\] names security group/,
    )
    expect((await refusal(m.attachVolumes({ volumes: [p.theirs.volume], instance: p.own.instance }))).message).toMatch(
      /parameter \[volumes\] names volume/,
    )
    expect((await refusal(m.associateEip({ eip: p.theirs.eip, instance: p.own.instance }))).message).toMatch(/parameter \[eip\] names EIP/)
    const run = await refusal(
      m.runInstances({
        image_id: 'centos7x64d',
        instance_type: 'c1m1',
        login_mode: 'passwd',
        login_passwd: 'Secret2026',
        security_group: p.theirs.group,
      }),
    )
    expect(run.message).toBe(
      `PermissionDenied, RunInstances binds resources of one owner only: parameter [security_group] names security group [${p.theirs.group}], which is not the caller's own, as what RunInstances creates is`,
    )
    // Nothing was bound; with the owner's resources alone the member binds as its role allows.
    await api.drainJobs()
    expect(await volumeStates(api.client, [p.theirs.volume])).toEqual([['available', '', '', '']])
    await m.attachVolumes({ volumes: [p.theirs.volume], instance: p.theirs.instance })
    await api.drainJobs()
    expect((await volumeStates(api.client, [p.theirs.volume]))[0]![0]).toBe('in-use')
  })

  it('lets the owner undo a binding to its resource after the member who owns the other side was removed', async () => {
    await using api = await startTestServer()
    const p = await ownedProject(api)
    // Bindings made before the rule: the owner's instance holds the member's key pair and volume.
    const { keypair_id } = await api.client.createKeyPair({ keypair_name: 'k' })
    const { volumes } = await api.client.createVolumes({ size: 20 })
    await api.drainJobs()
    await api.client.attachKeyPairs({ keypairs: [keypair_id], instances: [p.theirs.instance] })
    await api.client.attachVolumes({ volumes: [volumes[0]!], instance: p.theirs.instance })
    await api.drainJobs()
    await reown(api, 'keypairs', 'keypair_id', keypair_id, p.member.user_id)
    await reown(api, 'volumes', 'volume_id', volumes[0]!, p.member.user_id)
    expect((await findCrossOwnerBindings(api.app.database.db)).map((b) => [b.a, b.b]).sort()).toEqual(
      [
        [keypair_id, p.theirs.instance],
        [volumes[0]!, p.theirs.instance],
      ].sort(),
    )
    const lines: string[] = []
    expect(await reportCrossOwnerBindings(api.app.database.db, { warn: (_o: object, msg: string) => lines.push(msg) })).toBe(2)
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^binding across owners, left as it is: /)

    await api.client.deleteProjectMembers({ project_id: p.project_id, project_member_ids: [p.member.project_member_id] })
    await api.client.detachKeyPairs({ keypairs: [keypair_id], instances: [p.theirs.instance] })
    await api.client.detachVolumes({ volumes: [volumes[0]!], instance: p.theirs.instance })
    await api.drainJobs()
    expect((await api.client.describeKeyPairs({ instance_id: p.theirs.instance })).total_count).toBe(0)
    expect((await volumeStates(p.member.client, [volumes[0]!]))[0]![0]).toBe('available')
    expect(await findCrossOwnerBindings(api.app.database.db)).toEqual([])
    // The removed member reaches nothing of the owner's: its instance reads as unknown.
    const gone = await refusal(p.member.client.stopInstances({ instances: [p.theirs.instance] }))
    expect([gone.ret_code, gone.message]).toEqual([2100, `ResourceNotFound, instance [${p.theirs.instance}] does not exist`])
  })
})

describe('what is derived from a project resource stays in the project', () => {
  it("makes a member's snapshots, volumes, clones and images the owner's items of the project", async () => {
    await using api = await startTestServer()
    const p = await ownedProject(api)
    const m = p.member.client
    const { snapshots } = await m.createSnapshots({ resources: [p.theirs.volume] })
    await api.drainJobs()
    const { volume_id } = await m.createVolumeFromSnapshot({ snapshot: snapshots[0]! })
    const { instances } = await m.cloneInstances({ instances: [p.theirs.instance] })
    const { image_id } = await m.captureInstance({ instance: p.theirs.stopped })
    await api.drainJobs()

    const owner = api.root.user_id
    const inProject = (records: Array<{ owner: string; resource_project_info?: unknown }>) =>
      records.map((r) => [r.owner, r.resource_project_info])
    const snap = (await api.client.describeSnapshots({ snapshots })).snapshot_set
    expect(inProject(snap)).toEqual([[owner, [p.project_id]]])
    const vols = (await api.client.describeVolumes({ volumes: [volume_id] })).volume_set
    expect(inProject(vols)).toEqual([[owner, [p.project_id]]])
    const clones = (await api.client.describeInstances({ instances })).instance_set
    expect(inProject(clones)).toEqual([[owner, [p.project_id]]])
    const images = (await api.client.describeImages({ images: [image_id] })).image_set
    expect(inProject(images)).toEqual([[owner, [p.project_id]]])

    // Only the image's owner grants it.
    const grant = await refusal(m.grantImageToUsers({ image: image_id, users: [p.member.user_id] }))
    expect([grant.ret_code, grant.message]).toEqual([
      1400,
      `PermissionDenied, GrantImageToUsers is not allowed on image [${image_id}]: only its owner may`,
    ])

    // Removed, the member has nothing of it: its own lists hold none of the copies.
    await api.client.deleteProjectMembers({ project_id: p.project_id, project_member_ids: [p.member.project_member_id] })
    expect((await m.describeSnapshots({})).total_count).toBe(0)
    expect(await m.describeVolumes({ volumes: [volume_id] }).catch((e: Error) => e.message)).toMatch(/does not exist/)
    expect((await m.describeInstances({ instances })).total_count).toBe(0)
    expect((await m.describeImages({ provider: 'self' })).total_count).toBe(0)
  })
})
