import { describe, expect, it } from 'vitest'
import { runningInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'
import { availableVolumes } from '../../harness/storage.js'

describe('GetQuotaLeft', () => {
  it('is the configured limit minus what the caller holds in the zone, and exactly what a request may add', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_QUOTAS: 'instance=3,cpu=10,volume=5,volume_size=100' } })
    await runningInstances(api, { count: 2, instance_type: 'c2m4' })
    await availableVolumes(api, { size: 30 })
    const { quota_left_set } = await api.client.getQuotaLeft({ resource_types: ['instance', 'cpu', 'memory', 'volume', 'volume_size'] })
    expect(quota_left_set).toEqual([
      { resource_type: 'instance', left: 1 },
      { resource_type: 'cpu', left: 6 },
      { resource_type: 'memory', left: 819200 - 2 * 4096 },
      { resource_type: 'volume', left: 4 },
      { resource_type: 'volume_size', left: 70 },
    ])
    // One more c2m4 fits, a second one does not: the same numbers as requireQuota's.
    expect(
      (
        await refusal(
          api.client.runInstances({
            image_id: 'centos7x64d',
            instance_type: 'c2m4',
            login_mode: 'passwd',
            login_passwd: 'Secret2026',
            count: 2,
          }),
        )
      ).ret_code,
    ).toBe(2500)
    await runningInstances(api, { instance_type: 'c2m4' })
    expect((await api.client.getQuotaLeft({ resource_types: ['instance'] })).quota_left_set).toEqual([
      { resource_type: 'instance', left: 0 },
    ])
  })

  it('lists every quota item without resource_types, per user', async () => {
    await using api = await startTestServer()
    await availableVolumes(api)
    const { quota_left_set } = await api.client.getQuotaLeft()
    const left = Object.fromEntries(quota_left_set.map((q) => [q.resource_type, q.left]))
    expect(Object.keys(left)).toEqual(
      expect.arrayContaining(['instance', 'cpu', 'memory', 'volume', 'image', 'keypair', 'tag', 'snapshot', 'eip', 'vxnet']),
    )
    expect(left.volume).toBe(199)
    const other = await api.newUser()
    expect((await other.client.getQuotaLeft({ resource_types: ['volume'] })).quota_left_set).toEqual([
      { resource_type: 'volume', left: 200 },
    ])
  })

  it('answers 1100 for an unknown quota item', async () => {
    await using api = await startTestServer()
    const error = await refusal(api.client.getQuotaLeft({ resource_types: ['instance', 'spaceship'] }))
    expect([error.ret_code, error.message]).toEqual([
      1100,
      'InvalidParameter, parameter [resource_types.2] is not a quota item (got [spaceship])',
    ])
  })
})
