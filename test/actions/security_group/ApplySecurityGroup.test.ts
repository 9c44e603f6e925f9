import { describe, expect, it } from 'vitest'
import { jobStatus, runningInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ApplySecurityGroup', () => {
  it('moves instances to the group and marks its rules applied when the job ends', async () => {
    await using api = await startTestServer()
    const [instance] = await runningInstances(api)
    const { security_group_id } = await api.client.createSecurityGroup({ security_group_name: 'web' })
    await api.client.addSecurityGroupRules({ security_group: security_group_id, rules: [{ protocol: 'tcp', priority: 1, val1: '80' }] })
    const read = async () =>
      (await api.client.describeSecurityGroups({ verbose: 1, sort_key: 'security_group_name' })).security_group_set.map((g) => [
        g.security_group_name,
        g.is_applied,
        g.resources!.map((r) => r.resource_id),
      ])
    expect(await read()).toEqual([
      ['default security group', 1, [instance]],
      ['web', 0, []],
    ])
    const { job_id } = await api.client.applySecurityGroup({ security_group: security_group_id, instances: [instance!] })
    await api.drainJobs()
    expect(await jobStatus(api.client, job_id)).toBe('successful')
    expect(await read()).toEqual([
      ['default security group', 1, []],
      ['web', 1, [instance]],
    ])
  })

  it('without instances re-applies the rules to the group’s users', async () => {
    await using api = await startTestServer()
    const { security_group_id } = await api.client.createSecurityGroup({})
    const [instance] = await runningInstances(api, { security_group: security_group_id })
    await api.client.addSecurityGroupRules({ security_group: security_group_id, rules: [{ protocol: 'udp', priority: 5, val1: '53' }] })
    await api.client.applySecurityGroup({ security_group: security_group_id })
    await api.drainJobs()
    const group = (await api.client.describeSecurityGroups({ security_groups: [security_group_id], verbose: 1 })).security_group_set[0]!
    expect([group.is_applied, group.resources!.map((r) => r.resource_id)]).toEqual([1, [instance]])
  })

  it('answers 1400 for a terminated instance, 2100 for unknown or foreign ones', async () => {
    await using api = await startTestServer()
    const { security_group_id } = await api.client.createSecurityGroup({})
    const instances = await runningInstances(api)
    await api.client.terminateInstances({ instances })
    await api.drainJobs()
    const error = await refusal(api.client.applySecurityGroup({ security_group: security_group_id, instances }))
    expect([error.ret_code, error.message]).toEqual([
      1400,
      `PermissionDenied, instance [${instances[0]}] is terminated, a security group can not be applied to it`,
    ])
    expect((await refusal(api.client.applySecurityGroup({ security_group: 'sg-nothere0' }))).ret_code).toBe(2100)
    expect((await refusal(api.client.applySecurityGroup({ security_group: security_group_id, instances: ['i-nothere0'] }))).ret_code).toBe(
      2100,
    )
    const other = await api.newUser()
    expect((await refusal(other.client.applySecurityGroup({ security_group: security_group_id }))).ret_code).toBe(2100)
  })

  it('leaves alone an instance terminated before the job ends', async () => {
    await using api = await startTestServer()
    const { security_group_id } = await api.client.createSecurityGroup({})
    const instances = await runningInstances(api)
    await api.client.terminateInstances({ instances })
    api.clock.advance(4000)
    await api.client.applySecurityGroup({ security_group: security_group_id, instances })
    await api.drainJobs()
    const group = (await api.client.describeSecurityGroups({ security_groups: [security_group_id], verbose: 1 })).security_group_set[0]!
    expect([group.is_applied, group.resources]).toEqual([1, []])
    expect((await api.client.deleteSecurityGroups({ security_groups: [security_group_id] })).security_groups).toEqual([security_group_id])
  })
})
