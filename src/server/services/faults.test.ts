import { describe, expect, it } from 'vitest'
import type { FaultRuleRow } from '../db/stores/operator.js'
import { actionMatches, InjectedFault, ruleMatches, type FaultTarget } from './faults.js'

const rule = (overrides: Partial<FaultRuleRow> = {}): FaultRuleRow => ({
  fault_rule_id: 'fr-test',
  fault_action: 'RunInstances',
  user_id: null,
  zone_id: null,
  resource_id: null,
  remaining: 1,
  probability: null,
  expire_time: null,
  effect: 'answer',
  fault_ret_code: 5100,
  message: null,
  delay_ms: null,
  hits: 0,
  create_time: '2026-01-15T08:00:00.000Z',
  ...overrides,
})

const target: FaultTarget = {
  action: 'RunInstances',
  mode: 'async',
  user_id: 'usr-a',
  zone: 'pek3a',
  resource_ids: new Set(['vol-1']),
}
const now = '2026-01-15T08:00:00.000Z'

describe('fault rule matching', () => {
  it('matches an action exactly, or by a prefix ending in *', () => {
    expect(actionMatches('RunInstances', 'RunInstances')).toBe(true)
    expect(actionMatches('RunInstance', 'RunInstances')).toBe(false)
    expect(actionMatches('Describe*', 'DescribeVolumes')).toBe(true)
    expect(actionMatches('Describe*', 'RunInstances')).toBe(false)
    expect(actionMatches('*', 'RunInstances')).toBe(true)
  })

  it('narrows by user, zone and resource, and skips spent and expired rules', () => {
    expect(ruleMatches(rule(), target, now)).toBe(true)
    expect(ruleMatches(rule({ user_id: 'usr-b' }), target, now)).toBe(false)
    expect(ruleMatches(rule({ zone_id: 'gd2' }), target, now)).toBe(false)
    expect(ruleMatches(rule({ resource_id: 'vol-1' }), target, now)).toBe(true)
    expect(ruleMatches(rule({ resource_id: 'vol-2' }), target, now)).toBe(false)
    expect(ruleMatches(rule({ remaining: 0 }), target, now)).toBe(false)
    expect(ruleMatches(rule({ remaining: null, probability: 0.5, expire_time: now }), target, now)).toBe(false)
  })

  it('lets a job-failure rule pass a synchronous action by', () => {
    expect(ruleMatches(rule({ effect: 'fail_job' }), target, now)).toBe(true)
    expect(ruleMatches(rule({ effect: 'fail_job' }), { ...target, mode: 'sync' }, now)).toBe(false)
  })

  it('answers the rule’s ret_code with the catalog’s name for it', () => {
    const error = new InjectedFault(rule({ fault_ret_code: 2500, message: 'no more' }))
    expect([error.ret_code, error.message, error.fault_rule_id]).toEqual([2500, 'QuotaExceeded, no more', 'fr-test'])
    expect(new InjectedFault(rule({ fault_ret_code: 1400 })).message).toBe('PermissionDenied, injected by fault rule [fr-test]')
  })
})
