import { describe, expect, it } from 'vitest'
import { runningInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DeleteSecurityGroups', () => {
  it('deletes unused groups with their rules', async () => {
    await using api = await startTestServer()
    const { security_group_id } = await api.client.createSecurityGroup({ security_group_name: 'tmp' })
    const { security_group_rules } = await api.client.addSecurityGroupRules({
      security_group: security_group_id,
      rules: [{ protocol: 'tcp', priority: 1, val1: '80' }],
    })
    expect(await api.client.deleteSecurityGroups({ security_groups: [security_group_id] })).toMatchObject({
      security_groups: [security_group_id],
    })
    // Deleted by its owner: not listed, ret_code 0 (docs/compat.md#describe-removed-ids).
    expect((await api.client.describeSecurityGroups({ security_groups: [security_group_id] })).security_group_set).toEqual([])
    expect((await api.client.describeSecurityGroupRules({ security_group_rules })).total_count).toBe(0)
  })

  it('refuses a group in use and the default group with 1400, deleting nothing of the batch', async () => {
    await using api = await startTestServer()
    const { security_group_id: used } = await api.client.createSecurityGroup({ security_group_name: 'used' })
    const { security_group_id: free } = await api.client.createSecurityGroup({ security_group_name: 'free' })
    const [instance] = await runningInstances(api, { security_group: used })
    const error = await refusal(api.client.deleteSecurityGroups({ security_groups: [free, used] }))
    expect([error.ret_code, error.message]).toEqual([
      1400,
      `PermissionDenied, security group [${used}] is being used by resources [${instance}], can not be deleted`,
    ])
    expect((await api.client.describeSecurityGroups({ security_groups: [free, used] })).total_count).toBe(2)
    const defaultGroup = (await api.client.describeSecurityGroups({})).security_group_set.find((g) => g.is_default === 1)!
    expect((await refusal(api.client.deleteSecurityGroups({ security_groups: [defaultGroup.security_group_id] }))).ret_code).toBe(1400)
    expect((await refusal(api.client.deleteSecurityGroups({ security_groups: ['sg-nothere0'] }))).ret_code).toBe(2100)
  })

  it('frees a group once its instance is terminated', async () => {
    await using api = await startTestServer()
    const { security_group_id } = await api.client.createSecurityGroup({})
    const instances = await runningInstances(api, { security_group: security_group_id })
    await api.client.terminateInstances({ instances })
    await api.drainJobs()
    expect((await api.client.deleteSecurityGroups({ security_groups: [security_group_id] })).security_groups).toEqual([security_group_id])
  })
})
