import { describe, expect, it } from 'vitest'
import { memberWithRules, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('AddSecurityGroupRules', () => {
  it('adds rules with defaults, in request order, and marks the group not applied', async () => {
    await using api = await startTestServer()
    const { security_group_id } = await api.client.createSecurityGroup({})
    const { security_group_rules } = await api.client.addSecurityGroupRules({
      security_group: security_group_id,
      rules: [
        { protocol: 'tcp', priority: 7, val1: '22', val2: '', val3: '' },
        {
          protocol: 'udp',
          priority: 3,
          action: 'drop',
          direction: 1,
          val1: '1000',
          val2: '2000',
          val3: '10.0.0.0/8',
          security_group_rule_name: 'out',
        },
      ],
    })
    expect(security_group_rules).toHaveLength(2)
    expect(security_group_rules[0]).toMatch(/^sgr-[a-z0-9]{8}$/)
    const { security_group_rule_set } = await api.client.describeSecurityGroupRules({ security_group: security_group_id })
    expect(security_group_rule_set).toEqual([
      {
        security_group_rule_id: security_group_rules[1],
        security_group_id,
        security_group_rule_name: 'out',
        protocol: 'udp',
        priority: 3,
        action: 'drop',
        direction: 1,
        val1: '1000',
        val2: '2000',
        val3: '10.0.0.0/8',
        disabled: 0,
      },
      {
        security_group_rule_id: security_group_rules[0],
        security_group_id,
        security_group_rule_name: '',
        protocol: 'tcp',
        priority: 7,
        action: 'accept',
        direction: 0,
        val1: '22',
        val2: '',
        val3: '',
        disabled: 0,
      },
    ])
    expect((await api.client.describeSecurityGroups({ security_groups: [security_group_id] })).security_group_set[0]!.is_applied).toBe(0)
  })

  it('checks every rule first and adds none when one is wrong (1100 naming the field)', async () => {
    await using api = await startTestServer()
    const { security_group_id } = await api.client.createSecurityGroup({})
    const error = await refusal(
      api.client.addSecurityGroupRules({
        security_group: security_group_id,
        rules: [
          { protocol: 'tcp', priority: 1, val1: '80' },
          { protocol: 'tcp', priority: 1, val1: '90', val2: '80' },
        ],
      }),
    )
    expect([error.ret_code, error.message]).toEqual([1100, 'InvalidParameter, parameter [rules.2.val2] must not be below val1 [90]'])
    expect(
      (await refusal(api.client.addSecurityGroupRules({ security_group: security_group_id, rules: [{ protocol: 'tcp', priority: 101 }] })))
        .ret_code,
    ).toBe(1100)
    expect(
      (
        await refusal(
          api.client.call('AddSecurityGroupRules', {
            security_group: security_group_id,
            rules: [{ protocol: 'smtp', priority: 1 }],
          } as never),
        )
      ).ret_code,
    ).toBe(1100)
    expect((await api.client.describeSecurityGroupRules({ security_group: security_group_id })).total_count).toBe(0)
    expect((await api.client.describeSecurityGroups({ security_groups: [security_group_id] })).security_group_set[0]!.is_applied).toBe(1)
  })

  it('answers 2100 for an unknown group, 2100 for another user’s too', async () => {
    await using api = await startTestServer()
    const { security_group_id } = await api.client.createSecurityGroup({})
    const rules = [{ protocol: 'tcp' as const, priority: 1 }]
    expect((await refusal(api.client.addSecurityGroupRules({ security_group: 'sg-nothere0', rules }))).ret_code).toBe(2100)
    const other = await api.newUser()
    expect((await refusal(other.client.addSecurityGroupRules({ security_group: security_group_id, rules }))).ret_code).toBe(2100)
  })

  it("names an IP or port set of the group's owner only: another user's reads as one that never existed", async () => {
    await using api = await startTestServer()
    const { security_group_ipset_id: victims } = await api.client.createSecurityGroupIPSet({ ipset_type: 0, val: '10.0.0.0/8' })
    const attacker = await api.newUser()
    const { security_group_id } = await attacker.client.createSecurityGroup({})
    const naming = (ipset: string) =>
      refusal(
        attacker.client.addSecurityGroupRules({
          security_group: security_group_id,
          rules: [{ protocol: 'tcp', priority: 1, val3: ipset }],
        }),
      )
    const foreign = await naming(victims)
    const unknown = await naming('sgi-nothere0')
    expect([foreign.ret_code, foreign.message]).toEqual([2100, unknown.message.replace('sgi-nothere0', victims)])
    expect(unknown.ret_code).toBe(2100)
    // In val1 (a port set's place) as well; nothing was added.
    const inVal1 = attacker.client.addSecurityGroupRules({
      security_group: security_group_id,
      rules: [{ protocol: 'tcp', priority: 1, val1: victims }],
    })
    expect((await refusal(inVal1)).ret_code).toBe(2100)
    expect((await attacker.client.describeSecurityGroupRules({ security_group: security_group_id })).security_group_rule_set).toEqual([])
    // Its own set is fine.
    const { security_group_ipset_id: own } = await attacker.client.createSecurityGroupIPSet({ ipset_type: 0, val: '10.0.0.0/8' })
    await attacker.client.addSecurityGroupRules({ security_group: security_group_id, rules: [{ protocol: 'tcp', priority: 1, val3: own }] })
  })

  it("in a project: a set outside it reads as unknown, a project's set takes security_group_ipset.modify, the member's own is 1400", async () => {
    await using api = await startTestServer()
    const { project_id } = await newProject(api.client)
    const { security_group_id } = await api.client.createSecurityGroup({})
    const { security_group_ipset_id: outside } = await api.client.createSecurityGroupIPSet({ ipset_type: 0, val: '10.0.0.0/8' })
    const { security_group_ipset_id: inside } = await api.client.createSecurityGroupIPSet({ ipset_type: 0, val: '10.1.0.0/16' })
    await api.client.addProjectResourceItems({ project_id, resources: [security_group_id, inside] })
    const naming = (client: typeof api.client, ipset: string) =>
      client.addSecurityGroupRules({ security_group: security_group_id, rules: [{ protocol: 'tcp', priority: 1, val3: ipset }] })

    const member = await memberWithRules(api, api.client, project_id, [{ policy: 'security_group.modify' }])
    const hidden = await refusal(naming(member.client, outside))
    const unknown = await refusal(naming(member.client, 'sgi-nothere0'))
    expect([hidden.ret_code, hidden.message]).toEqual([2100, unknown.message.replace('sgi-nothere0', outside)])
    const ungranted = await refusal(naming(member.client, inside))
    expect([ungranted.ret_code, ungranted.message]).toEqual([1400, expect.stringContaining('security_group_ipset.modify') as string])

    const both = await memberWithRules(api, api.client, project_id, [
      { policy: 'security_group.modify' },
      { policy: 'security_group_ipset.modify' },
    ])
    await naming(both.client, inside)
    const { security_group_ipset_id: own } = await both.client.createSecurityGroupIPSet({ ipset_type: 0, val: '10.2.0.0/16' })
    const mixed = await refusal(naming(both.client, own))
    expect([mixed.ret_code, mixed.message]).toEqual([
      1400,
      expect.stringContaining(`parameter [rules.1.val3] names security group IP set [${own}]`) as string,
    ])
    expect(
      (await api.client.describeSecurityGroupRules({ security_group: security_group_id })).security_group_rule_set.map((r) => r.val3),
    ).toEqual([inside])
  })

  it('takes a port set in val1 and val2 and an IP set in val3, refusing the other kind with 1100 naming the field', async () => {
    await using api = await startTestServer()
    const { security_group_id } = await api.client.createSecurityGroup({})
    const { security_group_ipset_id: ports } = await api.client.createSecurityGroupIPSet({ ipset_type: 1, val: '22' })
    const { security_group_ipset_id: addresses } = await api.client.createSecurityGroupIPSet({ ipset_type: 0, val: '10.0.0.0/8' })
    const adding = (rule: { val1?: string; val3?: string }) =>
      api.client.addSecurityGroupRules({
        security_group: security_group_id,
        rules: [
          { protocol: 'tcp', priority: 1, val1: '80' },
          { protocol: 'tcp', priority: 2, ...rule },
        ],
      })
    const swapped = await refusal(adding({ val1: addresses }))
    expect([swapped.ret_code, swapped.message]).toEqual([1100, expect.stringMatching(/rules\.2\.val1.*port set/) as string])
    expect((await refusal(adding({ val3: ports }))).message).toMatch(new RegExp(`rules\\.2\\.val3.*IP set.*${ports}`))
    // Nothing was added by either; the right kinds are.
    expect((await api.client.describeSecurityGroupRules({ security_group: security_group_id })).security_group_rule_set).toEqual([])
    expect((await adding({ val1: ports, val3: addresses })).security_group_rules).toHaveLength(2)
  })
})
