import { describe, expect, it } from 'vitest'
import { runningInstances, stoppedInstances } from '../harness/compute.js'
import { refusal } from '../harness/refusal.js'
import { startTestServer, type TestServer } from '../harness/server.js'
import { availableVolumes } from '../harness/storage.js'

const MINUTE = 60_000

async function binned(api: TestServer) {
  const [instance] = await runningInstances(api)
  const [volume] = await availableVolumes(api)
  const { tag_id } = await api.client.createTag({ tag_name: 'keep' })
  await api.client.attachTags({ resource_tag_pairs: [{ tag_id, resource_type: 'instance', resource_id: instance! }] })
  await api.client.terminateInstances({ instances: [instance!] })
  await api.client.deleteVolumes({ volumes: [volume!] })
  await api.drainJobs()
  return { instance: instance!, volume: volume!, tag_id }
}

async function statuses(api: TestServer, r: { instance: string; volume: string }) {
  const [instance] = (await api.client.describeInstances({ instances: [r.instance] })).instance_set
  const [volume] = (await api.client.describeVolumes({ volumes: [r.volume] })).volume_set
  return [instance!.status, volume!.status]
}

const instancesLeft = async (api: TestServer) =>
  (await api.client.getQuotaLeft({ resource_types: ['instance'] })).quota_left_set.find((q) => q.resource_type === 'instance')!.left

describe('the recycle bin (docs/compat.md#recycle-bin)', () => {
  it('ceases terminated instances and deleted volumes once the window has passed, unbinding their tags', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_RECYCLE_MINUTES: '120' } })
    const r = await binned(api)
    const quotaWhileBinned = await instancesLeft(api)

    // Both settled within the few seconds before now (the jobs take 5 s and 3 s).
    api.clock.advance(120 * MINUTE - 10_000)
    expect(await api.app.worker.sweepRecycleBin()).toBe(0)
    expect(await statuses(api, r)).toEqual(['terminated', 'deleted'])

    api.clock.advance(10_000)
    expect(await api.app.worker.sweepRecycleBin()).toBe(2)
    expect(await statuses(api, r)).toEqual(['ceased', 'ceased'])
    expect((await api.client.describeTags({ tags: [r.tag_id], verbose: 1 })).tag_set[0]!.resource_count).toBe(0)
    expect(await instancesLeft(api)).toBe(quotaWhileBinned + 1)
    // Ceased resources leave the default listing; a second sweep finds nothing more.
    expect((await api.client.describeInstances()).total_count).toBe(0)
    expect(await api.app.worker.sweepRecycleBin()).toBe(0)
  })

  it('ceases deleted images and snapshots too (docs/compat.md#recycle-bin: deleted, then ceased after 2 hours)', async () => {
    await using api = await startTestServer()
    const [instance] = await stoppedInstances(api)
    const { image_id } = await api.client.captureInstance({ instance: instance! })
    const [volume] = await availableVolumes(api)
    const { snapshots } = await api.client.createSnapshots({ resources: [volume!] })
    await api.drainJobs()
    await api.client.deleteImages({ images: [image_id] })
    await api.client.deleteSnapshots({ snapshots })
    await api.drainJobs()
    const status = async () => [
      (await api.client.describeImages({ images: [image_id] })).image_set[0]!.status,
      (await api.client.describeSnapshots({ snapshots })).snapshot_set[0]!.status,
    ]

    api.clock.advance(api.app.config.recycleWindowMs - 10_000)
    expect([await api.app.worker.sweepRecycleBin(), ...(await status())]).toEqual([0, 'deleted', 'deleted'])
    api.clock.advance(10_000)
    // The stopped instance and the available volume stay: only what was deleted or terminated ceases.
    expect([await api.app.worker.sweepRecycleBin(), ...(await status())]).toEqual([2, 'ceased', 'ceased'])
  })

  it('keeps them forever with QINGSTACK_RECYCLE_MINUTES=0', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_RECYCLE_MINUTES: '0' } })
    const r = await binned(api)
    api.clock.advance(30 * 24 * 60 * MINUTE)
    expect(await api.app.worker.sweepRecycleBin()).toBe(0)
    expect(await statuses(api, r)).toEqual(['terminated', 'deleted'])
  })

  it('forgets what was removed at once after the window: the id then reads as never existed (docs/compat.md#describe-removed-ids)', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_RECYCLE_MINUTES: '120' } })
    const {
      vxnets: [early],
    } = await api.client.createVxnets({ vxnet_type: 1 })
    await api.client.deleteVxnets({ vxnets: [early!] })
    api.clock.advance(60 * MINUTE)
    const {
      vxnets: [late],
    } = await api.client.createVxnets({ vxnet_type: 1 })
    await api.client.deleteVxnets({ vxnets: [late!] })
    const listed = async (vxnet: string) => (await api.client.describeVxnets({ vxnets: [vxnet] })).vxnet_set

    api.clock.advance(60 * MINUTE - 1000)
    expect(await api.app.worker.sweepRemovedResources()).toBe(0)
    expect([await listed(early!), await listed(late!)]).toEqual([[], []])
    api.clock.advance(1000)
    expect(await api.app.worker.sweepRemovedResources()).toBe(1)
    const forgotten = await refusal(api.client.describeVxnets({ vxnets: [early!] }))
    const never = await refusal(api.client.describeVxnets({ vxnets: ['vxnet-nothere0'] }))
    expect([forgotten.ret_code, forgotten.message]).toEqual([2100, never.message.replace('vxnet-nothere0', early!)])
    expect(await listed(late!)).toEqual([])
    api.clock.advance(60 * MINUTE)
    expect(await api.app.worker.sweepRemovedResources()).toBe(1)
  })

  it('forgets nothing with QINGSTACK_RECYCLE_MINUTES=0', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_RECYCLE_MINUTES: '0' } })
    const { vxnets } = await api.client.createVxnets({ vxnet_type: 1 })
    await api.client.deleteVxnets({ vxnets })
    api.clock.advance(30 * 24 * 60 * MINUTE)
    expect(await api.app.worker.sweepRemovedResources()).toBe(0)
    expect((await api.client.describeVxnets({ vxnets })).vxnet_set).toEqual([])
  })
})
