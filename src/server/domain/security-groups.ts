import { ApiError } from '../../protocol/errors.js'
import { resourceTypes } from '../../protocol/resources.js'

/** The rule fields that decide what a rule matches (docs/compat.md#rule-defaults). */
export interface RuleFields {
  protocol: string
  priority: number
  action: string
  direction: number
  val1: string
  val2: string
  val3: string
}

/** A rule as a security group snapshot keeps it. */
export interface SnapshotRuleFields extends RuleFields {
  security_group_rule_name: string
  disabled: number
}

/** The rules a snapshot keeps as JSON text; those taken before migration 023 kept no `disabled`: all were enabled. */
export function snapshotRules(json: string): SnapshotRuleFields[] {
  return (JSON.parse(json) as Array<Omit<SnapshotRuleFields, 'disabled'> & { disabled?: number }>).map((rule) => ({
    ...rule,
    disabled: rule.disabled ?? 0,
  }))
}

/** The default group's name and its two rules: ping and SSH (docs/compat.md#default-security-group). */
export const defaultGroupName = 'default security group'
export const defaultRules: ReadonlyArray<RuleFields & { security_group_rule_name: string }> = [
  { security_group_rule_name: 'ping', protocol: 'icmp', priority: 1, action: 'accept', direction: 0, val1: '8', val2: '0', val3: '' },
  { security_group_rule_name: 'ssh', protocol: 'tcp', priority: 1, action: 'accept', direction: 0, val1: '22', val2: '', val3: '' },
]

const PORT = /^\d{1,5}$/
const IPV4_CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(\/(\d{1,2}))?$/

/**
 * Checks one rule as it will be stored (docs/compat.md#rule-defaults): tcp/udp ports 1–65535 with
 * val1 ≤ val2, an empty val2 meaning the single port val1 and an empty val1 all ports (docs/compat.md#rule-defaults);
 * val3 an IPv4 address or CIDR, or empty for any.
 */
export function checkRule(input: RuleFields, prefix: string): void {
  const param = (field: string) => (prefix ? `${prefix}.${field}` : field)
  // A field may name an IP or port set instead (docs/compat.md#rule-defaults); the set's entries are checked.
  const rule = { ...input, val1: ipsetRef(input.val1), val2: ipsetRef(input.val2), val3: ipsetRef(input.val3) }
  if (rule.protocol === 'tcp' || rule.protocol === 'udp') {
    for (const [field, value] of [
      ['val1', rule.val1],
      ['val2', rule.val2],
    ] as const) {
      if (value !== '' && (!PORT.test(value) || Number(value) < 1 || Number(value) > 65535)) {
        throw new ApiError('InvalidParameter', { param: param(field), reason: `must be a port from 1 to 65535 (got [${value}])` })
      }
    }
    if (rule.val2 !== '' && rule.val1 === '') {
      throw new ApiError('InvalidParameter', { param: param('val1'), reason: 'is required when val2 is given' })
    }
    if (rule.val1 !== '' && rule.val2 !== '' && Number(rule.val1) > Number(rule.val2)) {
      throw new ApiError('InvalidParameter', { param: param('val2'), reason: `must not be below val1 [${rule.val1}]` })
    }
  }
  if (rule.protocol === 'icmp') {
    for (const [field, value] of [
      ['val1', rule.val1],
      ['val2', rule.val2],
    ] as const) {
      if (value !== '' && (!/^\d{1,3}$/.test(value) || Number(value) > 255)) {
        throw new ApiError('InvalidParameter', {
          param: param(field),
          reason: `must be an ICMP type or code from 0 to 255 (got [${value}])`,
        })
      }
    }
  }
  if (rule.val3 !== '') {
    const m = IPV4_CIDR.exec(rule.val3)
    const ok = m && m.slice(1, 5).every((o) => Number(o) <= 255) && (m[6] === undefined || Number(m[6]) <= 32)
    if (!ok)
      throw new ApiError('InvalidParameter', { param: param('val3'), reason: `must be an IPv4 address or CIDR (got [${rule.val3}])` })
  }
}

function ipsetRef(value: string): string {
  return value.startsWith(IPSET_PREFIX) ? '' : value
}

const IPSET_PREFIX = resourceTypes.security_group_ipset.prefix

/** What a rule field may name instead of a value (docs/compat.md#rule-defaults): ports in val1 and val2, addresses in val3. */
const SET_TYPE_OF_FIELD = { val1: 1, val2: 1, val3: 0 } as const

/** A set a rule field names; `param` is the field as the request spells it (`rules.2.val3`). */
export interface SetReference {
  param: string
  ipset: string
  /** The set type the field takes: 0 an IP set, 1 a port set (`ipset_type`). */
  ipset_type: 0 | 1
}

/** The IP or port sets the given fields of a rule name: each must exist in the zone and be of the field's type. */
export function setsNamedBy(rule: Partial<Pick<RuleFields, 'val1' | 'val2' | 'val3'>>, prefix: string): SetReference[] {
  return (['val1', 'val2', 'val3'] as const).flatMap((field) => {
    const value = rule[field]
    return value?.startsWith(IPSET_PREFIX) ? [{ param: `${prefix}${field}`, ipset: value, ipset_type: SET_TYPE_OF_FIELD[field] }] : []
  })
}

/** 1100 naming the field when a set is not of the type it takes (a port set where an address is meant, or the reverse). */
export function checkSetTypes(
  references: readonly SetReference[],
  sets: ReadonlyArray<{ security_group_ipset_id: string; ipset_type: number }>,
): void {
  const typeOf = new Map(sets.map((set) => [set.security_group_ipset_id, set.ipset_type]))
  for (const { param, ipset, ipset_type } of references) {
    if (typeOf.get(ipset) === ipset_type) continue
    const wanted = ipset_type === 0 ? 'an IP set (ipset_type 0)' : 'a port set (ipset_type 1)'
    throw new ApiError('InvalidParameter', { param, reason: `must name ${wanted}; [${ipset}] is not one` })
  }
}

const PORT_ENTRY = /^(\d{1,5})(-(\d{1,5}))?$/

/**
 * The entries of an IP set (IPv4 addresses or CIDRs) or a port set (ports or `a-b` ranges),
 * separated by commas or new lines (docs/compat.md#ipsets).
 */
export function checkIpsetVal(ipset_type: number, val: string): void {
  const entries = val
    .split(/[,\n]/)
    .map((e) => e.trim())
    .filter(Boolean)
  if (entries.length === 0) throw new ApiError('MissingParameter', { param: 'val' })
  for (const entry of entries) {
    if (ipset_type === 0) {
      const m = IPV4_CIDR.exec(entry)
      const ok = m && m.slice(1, 5).every((o) => Number(o) <= 255) && (m[6] === undefined || Number(m[6]) <= 32)
      if (!ok) throw new ApiError('InvalidParameter', { param: 'val', reason: `must list IPv4 addresses or CIDRs (got [${entry}])` })
    } else {
      const m = PORT_ENTRY.exec(entry)
      const low = Number(m?.[1])
      const high = m?.[3] === undefined ? low : Number(m[3])
      if (!m || low < 1 || high > 65535 || low > high) {
        throw new ApiError('InvalidParameter', { param: 'val', reason: `must list ports 1-65535 or ranges a-b (got [${entry}])` })
      }
    }
  }
}

/** Most rules one group may hold (docs/compat.md#rule-defaults). */
export const MAX_RULES_PER_GROUP = 100
