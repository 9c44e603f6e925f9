import { describe, expect, it } from 'vitest'
import { QingApiError } from '../../../src/sdk/index.js'
import { startTestServer } from '../../harness/server.js'

describe('CreateVolumes', () => {
  it('answers job_id and the new ids at once; the job takes them from creating to available', async () => {
    await using api = await startTestServer()
    const created = await api.client.createVolumes({ size: 20, volume_name: 'data', count: 2 })
    expect(created.volumes).toHaveLength(2)
    expect(created.job_id).toMatch(/^j-[a-z0-9]{8}$/)

    const pending = await api.client.describeVolumes({ volumes: created.volumes })
    expect(pending.volume_set.map((v) => [v.status, v.transition_status])).toEqual([
      ['pending', 'creating'],
      ['pending', 'creating'],
    ])
    const job = await api.client.describeJobs({ jobs: [created.job_id] })
    expect(job.job_set[0]).toMatchObject({ job_action: 'CreateVolumes', status: 'pending', resource_ids: created.volumes.join(' ') })

    await api.drainJobs()
    const done = await api.client.describeJobs({ jobs: [created.job_id] })
    expect(done.job_set[0]!.status).toBe('successful')
    const volumes = await api.client.describeVolumes({ volumes: created.volumes })
    for (const volume of volumes.volume_set) {
      expect(volume).toMatchObject({ status: 'available', transition_status: '', size: 20, volume_name: 'data', volume_type: 0 })
      expect(volume.instance).toBeUndefined()
    }
  })

  it('is working, not successful, while the simulated creation runs', async () => {
    await using api = await startTestServer()
    const { job_id, volumes } = await api.client.createVolumes({ size: 30 })
    await api.app.worker.runDue()
    expect((await api.client.describeJobs({ jobs: [job_id] })).job_set[0]!.status).toBe('working')
    api.clock.advance(1000)
    await api.app.worker.runDue()
    expect((await api.client.describeVolumes({ volumes })).volume_set[0]!.transition_status).toBe('creating')
  })

  it('rejects sizes outside the type range or off the step of 10, writing nothing', async () => {
    await using api = await startTestServer()
    for (const [size, volume_type] of [
      [0, 0],
      [5, 3],
      [25, 0],
      [1010, 0],
      [10, 2],
      [10, 100],
      [10, 200],
      [10, 5],
      [6000, 2],
    ] as const) {
      const error = (await api.client.createVolumes({ size, volume_type }).catch((e: unknown) => e)) as QingApiError
      expect(error.ret_code).toBe(1100)
      expect(error.message).toContain('[size]')
    }
    const bad = (await api.client.createVolumes({ size: 20, volume_type: 9 }).catch((e: unknown) => e)) as QingApiError
    expect(bad.message).toContain('[volume_type]')
    expect((await api.client.describeVolumes()).total_count).toBe(0)
    expect((await api.client.describeJobs()).total_count).toBe(0)
  })

  it('accepts 10 GB, step 10, for volume types 0 and 3, as QingCloud’s own clients create them', async () => {
    await using api = await startTestServer()
    const small = await api.client.createVolumes({ size: 10 })
    const fast = await api.client.createVolumes({ size: 10, volume_type: 3 })
    await api.drainJobs()
    const { volume_set } = await api.client.describeVolumes({ volumes: [...small.volumes, ...fast.volumes] })
    expect(volume_set.map((v) => [v.volume_type, v.size, v.status]).sort()).toEqual([
      [0, 10, 'available'],
      [3, 10, 'available'],
    ])
    const wider = await api.client.resizeVolumes({ volumes: small.volumes, size: 20 })
    await api.drainJobs()
    expect((await api.client.describeJobs({ jobs: [wider.job_id] })).job_set[0]!.status).toBe('successful')
  })

  it('requires size', async () => {
    await using api = await startTestServer()
    const error = (await api.client.call('CreateVolumes', {} as never).catch((e: unknown) => e)) as QingApiError
    expect(error.message).toBe('MissingParameter, parameter [size] is required')
  })

  it('answers 2500 before writing anything when the count or size quota would be passed', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_QUOTAS: 'volume=2,volume_size=100' } })
    await api.client.createVolumes({ size: 50 })
    const count = (await api.client.createVolumes({ size: 20, count: 2 }).catch((e: unknown) => e)) as QingApiError
    expect([count.ret_code, count.message]).toEqual([2500, 'QuotaExceeded, quota [volume] is 2: 1 in use, 2 more requested'])
    const size = (await api.client.createVolumes({ size: 60 }).catch((e: unknown) => e)) as QingApiError
    expect(size.message).toBe('QuotaExceeded, quota [volume_size] is 100: 50 in use, 60 more requested')
    expect((await api.client.describeVolumes()).total_count).toBe(1)
  })
})
