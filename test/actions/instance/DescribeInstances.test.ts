import { describe, expect, it } from 'vitest'
import { runningInstances, stoppedInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeInstances', () => {
  it('filters by id, status, image, type, class, size, name and search word, newest first', async () => {
    await using api = await startTestServer()
    const [alpha] = await runningInstances(api, { instance_name: 'Alpha', instance_type: 'c2m4' })
    api.clock.advance(1000)
    const [beta] = await stoppedInstances(api, { instance_name: 'Beta', image_id: 'xenial4x64a', instance_class: 1 })
    api.clock.advance(1000)
    const [gamma] = await runningInstances(api, { instance_name: 'gamma_1', cpu: 4, memory: 8192 })
    const ids = async (params: Parameters<typeof api.client.describeInstances>[0]) =>
      (await api.client.describeInstances(params)).instance_set.map((i) => i.instance_id)

    expect(await ids({})).toEqual([gamma, beta, alpha])
    expect(await ids({ reverse: false })).toEqual([alpha, beta, gamma])
    expect(await ids({ sort_key: 'instance_name' })).toEqual([alpha, beta, gamma])
    expect(await ids({ sort_key: 'vcpus_current', reverse: true })).toEqual([gamma, alpha, beta])
    expect(await ids({ instances: [alpha!, 'i-nothere0'] })).toEqual([alpha])
    expect(await ids({ status: ['stopped'] })).toEqual([beta])
    expect(await ids({ status: ['running', 'stopped'] })).toEqual([gamma, beta, alpha])
    expect(await ids({ image_id: ['xenial4x64a'] })).toEqual([beta])
    expect(await ids({ instance_type: ['c2m4', 'c4m8'] })).toEqual([gamma, alpha])
    expect(await ids({ instance_class: 1 })).toEqual([beta])
    expect(await ids({ vcpus_current: 4, memory_current: 8192 })).toEqual([gamma])
    expect(await ids({ os_disk_size: 20 })).toEqual([gamma, beta, alpha])
    expect(await ids({ instance_name: 'Alpha' })).toEqual([alpha])
    expect(await ids({ instance_name: 'alpha' })).toEqual([])
    expect(await ids({ search_word: 'BETA' })).toEqual([beta])
    expect(await ids({ search_word: '_' })).toEqual([gamma])
    expect(await ids({ search_word: gamma!.slice(2, 7) })).toEqual([gamma])
    expect(await ids({ vxnet: 'vxnet-0' })).toEqual([gamma, beta, alpha])
    expect(await ids({ vxnet: 'vxnet-other' })).toEqual([])
    expect(await ids({ dedicated_host_id: 'dh-00000000' })).toEqual([])
  })

  it('accepts the scalar forms the Python SDK sends and the defaults Go sends (docs/compat.md#scalar-filters-as-lists, docs/compat.md#client-defaults)', async () => {
    await using api = await startTestServer()
    const [instance] = await runningInstances(api)
    const answer = await api.client.send('DescribeInstances', [
      ['image_id', 'centos7x64d'],
      ['instance_type', 'c1m1'],
      ['status', 'running'],
      ['is_cluster_node', '0'],
      ['not_transition', '0'],
      ['search_word', ''],
      ['limit', '20'],
      ['offset', '0'],
    ])
    expect((answer.instance_set as Array<{ instance_id: string }>).map((i) => i.instance_id)).toEqual([instance])
  })

  it('filters by transition, and lists only settled instances with not_transition=1', async () => {
    await using api = await startTestServer()
    const [a, b] = await runningInstances(api, { count: 2 })
    await api.client.stopInstances({ instances: [a!] })
    const byTransition = await api.client.describeInstances({ transition_status: 'stopping' })
    expect(byTransition.instance_set.map((i) => i.instance_id)).toEqual([a])
    const settled = await api.client.describeInstances({ not_transition: true })
    expect(settled.instance_set.map((i) => i.instance_id)).toEqual([b])
  })

  it('pages with offset and limit; total_count counts every match; limit is capped at 100', async () => {
    await using api = await startTestServer()
    await runningInstances(api, { count: 5 })
    const page = await api.client.describeInstances({ offset: 3, limit: 2 })
    expect(page.instance_set).toHaveLength(2)
    expect(page.total_count).toBe(5)
    expect((await api.client.describeInstances({ offset: 5 })).instance_set).toEqual([])
    expect((await api.client.describeInstances({ limit: 0 })).instance_set).toHaveLength(5)
  })

  it('adds volume_ids and keypair_ids only with verbose=1', async () => {
    await using api = await startTestServer()
    const instances = await runningInstances(api)
    const plain = (await api.client.describeInstances({ instances })).instance_set[0]!
    expect(plain.volume_ids).toBeUndefined()
    expect(plain.keypair_ids).toBeUndefined()
    const verbose = (await api.client.describeInstances({ instances, verbose: 1 })).instance_set[0]!
    expect(verbose).toMatchObject({ volume_ids: [], keypair_ids: [], volumes: [] })
  })

  it('never shows another user’s instances; the owner filter may only name the caller', async () => {
    await using api = await startTestServer()
    const other = await api.newUser()
    const theirs = await runningInstances(api, {}, other.client)
    expect((await api.client.describeInstances()).total_count).toBe(0)
    expect((await api.client.describeInstances({ instances: theirs })).total_count).toBe(0)
    expect((await api.client.describeInstances({ owner: api.root.user_id })).total_count).toBe(0)
    const foreign = await refusal(api.client.describeInstances({ owner: other.credentials.user_id }))
    expect(foreign.ret_code).toBe(1400)
  })

  it('answers 1100 for an invalid status and keeps zones apart', async () => {
    await using api = await startTestServer()
    await runningInstances(api)
    expect((await refusal(api.client.describeInstances({ status: ['flying' as 'running'] }))).message).toContain('[status.1]')
    expect((await api.client.describeInstances({ zone: 'sh1a' })).total_count).toBe(0)
  })
})
