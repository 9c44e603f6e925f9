import { describe, expect, it } from 'vitest'
import { stoppedInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeImages', () => {
  it('lists the seeded system images with QingCloud ids, filtered by provider, os_family and search_word', async () => {
    await using api = await startTestServer()
    const system = await api.client.describeImages({ provider: 'system', limit: 100 })
    const ids = system.image_set.map((i) => i.image_id)
    expect(ids).toEqual(expect.arrayContaining(['centos7x64d', 'centos64x64', 'xenial4x64a', 'winsrv2012r2x64']))
    expect(system.total_count).toBe(ids.length)
    const centos = system.image_set.find((i) => i.image_id === 'centos7x64d')!
    expect(centos).toMatchObject({
      provider: 'system',
      visibility: 'public',
      owner: 'system',
      platform: 'linux',
      os_family: 'centos',
      status: 'available',
      transition_status: '',
    })
    expect(centos.zone_id).toBe(api.app.config.zones[0]!.zone_id)

    const windows = await api.client.describeImages({ os_family: ['windows'] })
    expect(windows.image_set.map((i) => [i.image_id, i.platform, i.size])).toEqual([['winsrv2012r2x64', 'windows', 50]])
    const found = await api.client.describeImages({ search_word: 'Ubuntu', sort_key: 'image_id' })
    expect(found.image_set.map((i) => i.image_id)).toEqual(['trustysrvx64h', 'xenial4x64a'])
    expect((await api.client.describeImages({ processor_type: ['32bit'] })).image_set.map((i) => i.image_id)).toEqual(['centos64x86a'])
  })

  it('reads processor_type, os_family and visibility as name=v, name.N (the CLI) or JSON text, any of the values matching', async () => {
    await using api = await startTestServer()
    const ids = async (params: Record<string, unknown>) =>
      (await api.client.call('DescribeImages', { provider: 'system', sort_key: 'image_id', limit: 100, ...params } as never)).image_set.map(
        (i) => i.image_id,
      )
    // The plain form, as the Python and Go SDKs send it, filters exactly as it always did.
    expect(await ids({ processor_type: '32bit' })).toEqual(['centos64x86a'])
    expect(await ids({ processor_type: ['32bit'] })).toEqual(['centos64x86a'])
    expect(await ids({ processor_type: '["32bit"]' })).toEqual(['centos64x86a'])
    expect(await ids({ os_family: 'windows' })).toEqual(['winsrv2012r2x64'])
    const both = await ids({ os_family: ['windows', 'ubuntu'] })
    expect(both).toEqual(expect.arrayContaining(['winsrv2012r2x64', 'xenial4x64a']))
    expect(both).toEqual(await ids({ os_family: '["windows","ubuntu"]' }))
    expect(both.filter((id) => id.startsWith('centos'))).toEqual([])
    const all = await ids({})
    expect(await ids({ visibility: ['public', 'private'] })).toEqual(all)
    expect(await ids({ visibility: 'public' })).toEqual(all)
    expect(await ids({ visibility: ['private'] })).toEqual([])
    // `name=` is no filter, as before.
    expect(await ids({ os_family: '' })).toEqual(all)
    expect((await refusal(api.client.call('DescribeImages', { processor_type: ['64bit', 'arm'] } as never))).ret_code).toBe(1100)
    expect((await refusal(api.client.call('DescribeImages', { visibility: 'shared' } as never))).ret_code).toBe(1100)
  })

  it('pages with offset and limit, and counts every match', async () => {
    await using api = await startTestServer()
    const all = await api.client.describeImages({ provider: 'system', sort_key: 'image_id', limit: 100 })
    const page = await api.client.describeImages({ provider: 'system', sort_key: 'image_id', offset: 2, limit: 3 })
    expect(page.total_count).toBe(all.total_count)
    expect(page.image_set.map((i) => i.image_id)).toEqual(all.image_set.slice(2, 5).map((i) => i.image_id))
  })

  it('shows own images to their owner only (provider=self), by status, and not another user’s', async () => {
    await using api = await startTestServer()
    const [instance] = await stoppedInstances(api)
    const { image_id } = await api.client.captureInstance({ instance: instance!, image_name: 'golden' })
    const own = await api.client.describeImages({ provider: 'self' })
    expect(own.image_set.map((i) => [i.image_id, i.status, i.transition_status, i.visibility])).toEqual([
      [image_id, 'pending', 'creating', 'private'],
    ])
    expect((await api.client.describeImages({ status: ['available'], provider: 'self' })).total_count).toBe(0)
    await api.drainJobs()
    expect((await api.client.describeImages({ status: ['available'], provider: 'self' })).image_set.map((i) => i.image_id)).toEqual([
      image_id,
    ])
    expect((await api.client.describeImages({ visibility: ['private'] })).image_set.map((i) => i.image_id)).toEqual([image_id])
    expect((await api.client.describeImages({ owner: api.root.user_id })).image_set.map((i) => i.image_id)).toEqual([image_id])

    const other = await api.newUser()
    expect((await other.client.describeImages({ provider: 'self' })).total_count).toBe(0)
    expect((await refusal(other.client.describeImages({ images: [image_id] }))).ret_code).toBe(2100)
    expect((await refusal(other.client.describeImages({ owner: api.root.user_id }))).ret_code).toBe(1400)
  })

  it('answers 2100 for an unknown id and 1100 for an unknown status', async () => {
    await using api = await startTestServer()
    expect((await api.client.describeImages({ images: ['centos7x64d'] })).image_set).toHaveLength(1)
    const missing = await refusal(api.client.describeImages({ images: ['centos7x64d', 'img-nothere0'] }))
    expect([missing.ret_code, missing.message]).toEqual([2100, 'ResourceNotFound, image [img-nothere0] does not exist'])
    expect((await refusal(api.client.call('DescribeImages', { status: ['lost'] } as never))).ret_code).toBe(1100)
  })
})
