import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('CreateAlarmPolicy', () => {
  it('creates a policy with its rules and actions, not applied until ApplyAlarmPolicy', async () => {
    await using api = await startTestServer()
    const { alarm_policy_id } = await api.client.createAlarmPolicy({
      alarm_policy_type: 'eip',
      period: '1m',
      rules: [{ meter: 'traffic', condition_type: 'gt', thresholds: 80, data_processor: 'percent', consecutive_periods: 3 }],
    })
    expect(alarm_policy_id).toMatch(/^alp-/)
    const [policy] = (await api.client.describeAlarmPolicies({ alarm_policies: [alarm_policy_id] })).alarm_policy_set
    expect(policy).toMatchObject({ alarm_policy_type: 'eip', period: '1m', is_applied: 0, status: 'active', resources: [] })
    const [rule] = (await api.client.describeAlarmPolicyRules({ alarm_policy: alarm_policy_id })).alarm_policy_rule_set
    expect(rule).toMatchObject({
      meter: 'traffic',
      thresholds: '80',
      data_processor: 'percent',
      consecutive_periods: '3',
      period_start_hhmm: '00:00',
    })
  })

  it('refuses a meter of another type, percent on cpu and an unknown period, naming the parameter', async () => {
    await using api = await startTestServer()
    const meter = await refusal(
      api.client.createAlarmPolicy({
        alarm_policy_type: 'eip',
        period: '5m',
        rules: [{ meter: 'cpu', condition_type: 'gt', thresholds: 1 }],
      }),
    )
    expect([meter.ret_code, meter.message]).toEqual([1100, expect.stringContaining('rules.1.meter')])
    const percent = await refusal(
      api.client.createAlarmPolicy({
        alarm_policy_type: 'instance',
        period: '5m',
        rules: [{ meter: 'cpu', condition_type: 'gt', thresholds: 1, data_processor: 'percent' }],
      }),
    )
    expect([percent.ret_code, percent.message]).toEqual([1100, expect.stringContaining('rules.1.data_processor')])
    const period = await refusal(api.client.call('CreateAlarmPolicy', { alarm_policy_type: 'instance', period: '10m' } as never))
    expect([period.ret_code, period.message]).toEqual([1100, expect.stringContaining('period')])
  })
})
