import { describe, expect, it } from 'vitest'
import { checkRule, type RuleFields } from './security-groups.js'

const tcp: RuleFields = { protocol: 'tcp', priority: 1, action: 'accept', direction: 0, val1: '22', val2: '', val3: '' }

describe('checkRule', () => {
  it('accepts single ports, ranges, all ports and CIDRs', () => {
    expect(() => checkRule(tcp, 'rules.1')).not.toThrow()
    expect(() => checkRule({ ...tcp, val1: '80', val2: '443', val3: '10.0.0.0/8' }, 'rules.1')).not.toThrow()
    expect(() => checkRule({ ...tcp, val1: '' }, 'rules.1')).not.toThrow()
    expect(() => checkRule({ ...tcp, protocol: 'gre', val1: 'anything' }, 'rules.1')).not.toThrow()
  })

  it('names the field of a bad port, range, ICMP type or address', () => {
    expect(() => checkRule({ ...tcp, val1: '70000' }, 'rules.2')).toThrow('parameter [rules.2.val1] must be a port from 1 to 65535 (got [70000])')
    expect(() => checkRule({ ...tcp, val1: '90', val2: '80' }, 'rules.1')).toThrow('parameter [rules.1.val2] must not be below val1 [90]')
    expect(() => checkRule({ ...tcp, protocol: 'icmp', val1: '300' }, 'r')).toThrow('[r.val1] must be an ICMP type')
    expect(() => checkRule({ ...tcp, val3: '10.0.0.0/40' }, 'r')).toThrow('[r.val3] must be an IPv4 address or CIDR')
  })
})
