import { describe, expect, it } from 'vitest'
import { QingApiError } from '../../../src/sdk/index.js'
import { runningInstances } from '../../harness/compute.js'
import { memberWithRules, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'
import { availableVolumes } from '../../harness/storage.js'

describe('DescribeVolumes', () => {
  it('filters by id, type, status and search word, newest first, with paging', async () => {
    await using api = await startTestServer()
    const a = await api.client.createVolumes({ size: 20, volume_name: 'alpha' })
    api.clock.advance(1000)
    const b = await api.client.createVolumes({ size: 50, volume_name: 'Beta', volume_type: 2 })
    await api.drainJobs()

    const all = await api.client.describeVolumes()
    expect(all.volume_set.map((v) => v.volume_name)).toEqual(['Beta', 'alpha'])
    expect((await api.client.describeVolumes({ reverse: false })).volume_set.map((v) => v.volume_name)).toEqual(['alpha', 'Beta'])
    expect((await api.client.describeVolumes({ sort_key: 'size', reverse: true })).volume_set[0]!.size).toBe(50)
    expect((await api.client.describeVolumes({ volume_type: 2 })).volume_set.map((v) => v.volume_id)).toEqual(b.volumes)
    expect((await api.client.describeVolumes({ search_word: 'BETA' })).volume_set.map((v) => v.volume_id)).toEqual(b.volumes)
    expect((await api.client.describeVolumes({ search_word: a.volumes[0]!.slice(4) })).total_count).toBe(1)
    expect((await api.client.describeVolumes({ status: ['pending'] })).total_count).toBe(0)
    const page = await api.client.describeVolumes({ offset: 1, limit: 1 })
    expect(page.volume_set.map((v) => v.volume_name)).toEqual(['alpha'])
    expect(page.total_count).toBe(2)
  })

  it('filters by instance_id: only the volumes attached to that instance', async () => {
    await using api = await startTestServer()
    const [first, second] = await runningInstances(api, { count: 2 })
    const [a, b, loose] = await availableVolumes(api, { count: 3 })
    await api.client.attachVolumes({ instance: first!, volumes: [a!, b!] })
    await api.drainJobs()
    const ids = async (instance_id: string) =>
      (await api.client.describeVolumes({ instance_id, sort_key: 'volume_id' })).volume_set.map((v) => v.volume_id)
    expect(await ids(first!)).toEqual([a!, b!].sort())
    expect(await ids(second!)).toEqual([])
    expect(await ids('i-nothere0')).toEqual([])
    expect((await api.client.describeVolumes({ instance_id: first!, volumes: [loose!, a!] })).volume_set.map((v) => v.volume_id)).toEqual([
      a,
    ])
    await api.client.detachVolumes({ instance: first!, volumes: [b!] })
    await api.drainJobs()
    expect(await ids(first!)).toEqual([a])
  })

  it('filters by exact volume_name and by transition_status, as the Go SDK sends them', async () => {
    await using api = await startTestServer()
    const [settled] = await availableVolumes(api, { volume_name: 'data' })
    await api.client.createVolumes({ size: 20, volume_name: 'Data' })
    const { volumes: creating } = await api.client.createVolumes({ size: 20, volume_name: 'data-2' })
    const ids = async (params: Parameters<typeof api.client.describeVolumes>[0]) =>
      (await api.client.describeVolumes(params)).volume_set.map((v) => v.volume_id)

    expect(await ids({ volume_name: 'data' })).toEqual([settled])
    expect(await ids({ transition_status: 'creating', volume_name: 'data-2' })).toEqual(creating)
    await api.drainJobs()
    expect(await ids({ transition_status: 'creating' })).toEqual([])
    expect((await refusal(api.client.call('DescribeVolumes', { transition_status: 'melting' } as never))).ret_code).toBe(1100)
  })

  it('treats % and _ in search_word literally', async () => {
    await using api = await startTestServer()
    await api.client.createVolumes({ size: 20, volume_name: 'a_b' })
    await api.client.createVolumes({ size: 20, volume_name: 'axb' })
    expect((await api.client.describeVolumes({ search_word: '_' })).total_count).toBe(1)
    expect((await api.client.describeVolumes({ search_word: '%' })).total_count).toBe(0)
  })

  it("answers 2100 for an unknown id, and does not show another user's volume", async () => {
    await using api = await startTestServer()
    const other = await api.newUser()
    const theirs = await other.client.createVolumes({ size: 20 })
    const unknown = (await api.client.describeVolumes({ volumes: ['vol-nothere0'] }).catch((e: unknown) => e)) as QingApiError
    expect(unknown.ret_code).toBe(2100)
    const foreign = (await api.client.describeVolumes({ volumes: theirs.volumes }).catch((e: unknown) => e)) as QingApiError
    expect(foreign.ret_code).toBe(2100)
    expect((await api.client.describeVolumes()).total_count).toBe(0)
  })

  it('keeps zones apart', async () => {
    await using api = await startTestServer()
    await api.client.createVolumes({ size: 20, zone: 'sh1a' })
    expect((await api.client.describeVolumes()).total_count).toBe(0)
    expect((await api.client.describeVolumes({ zone: 'sh1a' })).total_count).toBe(1)
  })
})

describe('DescribeVolumes in a project', () => {
  it('takes an owner filter naming an owner of the items; outside a project only the caller (1400)', async () => {
    await using api = await startTestServer()
    const { project_id } = await newProject(api.client)
    const { volumes } = await api.client.createVolumes({ size: 20, project_id })
    const member = await memberWithRules(api, api.client, project_id, [{ policy: 'volume.describe' }])
    const listed = await member.client.describeVolumes({ project_id, owner: api.root.user_id })
    expect(listed.volume_set.map((v) => v.volume_id)).toEqual(volumes)
    expect((await member.client.describeVolumes({ project_id, owner: member.user_id })).total_count).toBe(0)
    expect((await refusal(member.client.describeVolumes({ owner: api.root.user_id }))).message).toBe(
      `PermissionDenied, user [${member.user_id}] may not list the volumes of [${api.root.user_id}]`,
    )
  })
})
