import { describe, expect, it } from 'vitest'
import { jobStatus } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ApplySecurityGroupIPSets', () => {
  it('marks the groups whose rules name the sets applied when the job ends', async () => {
    await using api = await startTestServer()
    const { security_group_ipset_id } = await api.client.createSecurityGroupIPSet({ ipset_type: 0, val: '10.0.0.1' })
    const { security_group_id } = await api.client.createSecurityGroup({})
    await api.client.addSecurityGroupRules({
      security_group: security_group_id,
      rules: [{ protocol: 'icmp', priority: 1, val3: security_group_ipset_id }],
    })
    const { job_id } = await api.client.applySecurityGroupIPSets({ security_group_ipsets: [security_group_ipset_id] })
    expect((await api.client.describeSecurityGroups({ security_groups: [security_group_id] })).security_group_set[0]!.is_applied).toBe(0)
    await api.drainJobs()
    expect(await jobStatus(api.client, job_id)).toBe('successful')
    expect((await api.client.describeSecurityGroups({ security_groups: [security_group_id] })).security_group_set[0]!.is_applied).toBe(1)
    expect((await refusal(api.client.applySecurityGroupIPSets({ security_group_ipsets: ['sgi-nothere0'] }))).ret_code).toBe(2100)
  })
})
