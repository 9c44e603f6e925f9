import { describe, expect, it } from 'vitest'
import { jobStatus, runningInstances } from '../../harness/compute.js'
import { memberWithRules, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'
import { availableVolumes, volumeStates } from '../../harness/storage.js'

describe('CloneVolumes', () => {
  it('answers job_id and the new ids; the clones pass through pending/creating to available, the source untouched', async () => {
    await using api = await startTestServer()
    const [source] = await availableVolumes(api, { size: 30, volume_type: 2 })
    const { job_id, volumes } = await api.client.cloneVolumes({ volume: source!, volume_name: 'copy', count: 2 })
    expect(volumes).toHaveLength(2)
    expect(await volumeStates(api.client, volumes)).toEqual([
      ['pending', 'creating', '', ''],
      ['pending', 'creating', '', ''],
    ])
    expect((await api.client.describeJobs({ jobs: [job_id] })).job_set[0]).toMatchObject({
      job_action: 'CloneVolumes',
      resource_ids: volumes.join(' '),
    })
    await api.drainJobs()
    expect(await jobStatus(api.client, job_id)).toBe('successful')
    for (const volume of (await api.client.describeVolumes({ volumes })).volume_set) {
      expect(volume).toMatchObject({ status: 'available', transition_status: '', size: 30, volume_type: 2, volume_name: 'copy' })
    }
    expect((await volumeStates(api.client, [source!]))[0]!.slice(0, 2)).toEqual(['available', ''])
  })

  it('clones an in-use volume; volume_type changes the type when the size fits it', async () => {
    await using api = await startTestServer()
    const [instance] = await runningInstances(api)
    const [source] = await availableVolumes(api, { size: 20 })
    await api.client.attachVolumes({ volumes: [source!], instance: instance! })
    await api.drainJobs()
    const {
      volumes: [clone],
    } = await api.client.cloneVolumes({ volume: source!, volume_type: 3 })
    await api.drainJobs()
    expect((await api.client.describeVolumes({ volumes: [clone!] })).volume_set[0]).toMatchObject({
      status: 'available',
      volume_type: 3,
      size: 20,
      volume_name: '',
    })
    const error = await refusal(api.client.cloneVolumes({ volume: source!, volume_type: 9 as never }))
    expect([error.ret_code, error.message]).toEqual([1100, expect.stringContaining('[volume_type]')])
  })

  it('refuses a volume in a transition (1400), unknown or another user’s (2100), a missing volume (1100)', async () => {
    await using api = await startTestServer()
    const {
      volumes: [creating],
    } = await api.client.createVolumes({ size: 20 })
    expect((await refusal(api.client.cloneVolumes({ volume: creating! }))).ret_code).toBe(1400)
    await api.drainJobs()
    expect((await refusal(api.client.cloneVolumes({ volume: 'vol-nothere0' }))).ret_code).toBe(2100)
    const other = await api.newUser()
    expect((await refusal(other.client.cloneVolumes({ volume: creating! }))).ret_code).toBe(2100)
    const missing = await refusal(api.client.call('CloneVolumes', {} as never))
    expect([missing.ret_code, missing.message]).toEqual([1100, 'MissingParameter, parameter [volume] is required'])
    expect((await api.client.describeVolumes()).total_count).toBe(1)
  })

  it('answers 2500 before writing anything when the quota would be passed', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_QUOTAS: 'volume=2,volume_size=100' } })
    const [source] = await availableVolumes(api, { size: 20 })
    expect((await refusal(api.client.cloneVolumes({ volume: source!, count: 2 }))).ret_code).toBe(2500)
    expect((await api.client.describeVolumes()).total_count).toBe(1)
  })

  it("a project volume's clone belongs to its owner and joins the same project; a member needs volume.modify", async () => {
    await using api = await startTestServer()
    const p = await newProject(api.client)
    const {
      volumes: [source],
    } = await api.client.createVolumes({ size: 20, project_id: p.project_id })
    await api.drainJobs()
    const reader = await memberWithRules(api, api.client, p.project_id, [{ policy: 'volume.describe' }])
    expect((await refusal(reader.client.cloneVolumes({ volume: source!, project_id: p.project_id }))).ret_code).toBe(1400)
    const modifier = await memberWithRules(api, api.client, p.project_id, [{ policy: 'volume.modify' }])
    const {
      volumes: [clone],
    } = await modifier.client.cloneVolumes({ volume: source!, project_id: p.project_id })
    await api.drainJobs()
    const seen = await reader.client.describeVolumes({ volumes: [clone!], project_id: p.project_id })
    expect(seen.volume_set[0]).toMatchObject({ volume_id: clone, owner: api.root.user_id, status: 'available' })
    const items = await api.client.describeProjectResourceItems({ project_ids: [p.project_id], resources: [clone!] })
    expect(items.project_resource_item_set.map((i) => [i.resource_id, i.owner])).toEqual([[clone, api.root.user_id]])
    expect((await api.client.describeVolumes({ volumes: [clone!] })).volume_set).toHaveLength(1)
  })
})
