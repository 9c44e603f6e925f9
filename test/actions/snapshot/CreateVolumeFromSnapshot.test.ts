import { describe, expect, it } from 'vitest'
import { jobStatus, runningInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'
import { takenSnapshots } from '../../harness/snapshots.js'
import { availableVolumes, volumeStates } from '../../harness/storage.js'

describe('CreateVolumeFromSnapshot', () => {
  it('makes a volume of the size and type the point holds, pending/creating then available', async () => {
    await using api = await startTestServer()
    const [volume] = await availableVolumes(api, { size: 40, volume_type: 2 })
    const [point] = await takenSnapshots(api, [volume!])
    const { volume_id, job_id } = await api.client.createVolumeFromSnapshot({ snapshot: point!, volume_name: 'restored' })
    expect(await volumeStates(api.client, [volume_id])).toEqual([['pending', 'creating', '', '']])
    await api.drainJobs()
    expect(await jobStatus(api.client, job_id)).toBe('successful')
    expect((await api.client.describeVolumes({ volumes: [volume_id] })).volume_set[0]).toMatchObject({
      volume_name: 'restored',
      size: 40,
      volume_type: 2,
      status: 'available',
      transition_status: '',
    })
  })

  it('answers 1400 for an instance’s point or one still being taken, 2100 for an unknown one, 2500 past the volume quota', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_QUOTAS: 'volume=1' } })
    const [instance] = await runningInstances(api)
    const [ofInstance] = await takenSnapshots(api, [instance!])
    expect((await refusal(api.client.createVolumeFromSnapshot({ snapshot: ofInstance! }))).ret_code).toBe(1400)
    expect((await refusal(api.client.createVolumeFromSnapshot({ snapshot: 'ss-nothere0' }))).ret_code).toBe(2100)
    const [volume] = await availableVolumes(api)
    const { snapshots } = await api.client.createSnapshots({ resources: [volume!] })
    expect((await refusal(api.client.createVolumeFromSnapshot({ snapshot: snapshots[0]! }))).message).toContain('is creating')
    await api.drainJobs()
    expect((await refusal(api.client.createVolumeFromSnapshot({ snapshot: snapshots[0]! }))).ret_code).toBe(2500)
  })
})
