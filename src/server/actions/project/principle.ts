import { jsonNestsDeeperThan } from '../../../protocol/codec.js'
import { ApiError } from '../../../protocol/errors.js'
import { parsePrinciple, POLICY } from '../../domain/projects.js'

const PRINCIPLE_MAX_DEPTH = 3

/** A rule's policy and principle as stored, or 1100 naming what is wrong (docs/compat.md#rule-policies). */
export function checkedRule(policy: string, principle: string): { policy: string; principle: string } {
  const name = policy.trim()
  if (!POLICY.test(name)) {
    throw new ApiError('InvalidParameter', {
      param: 'policy',
      reason: 'must be action or a preset name such as all.describe or volume.modify',
    })
  }
  const text = principle.trim()
  if (name === 'action') {
    if (text === '') throw new ApiError('MissingParameter', { param: 'principle' })
    // A list of objects holding a list: anything deeper is not a principle, and would be echoed.
    if (jsonNestsDeeperThan(text, PRINCIPLE_MAX_DEPTH)) {
      throw new ApiError('InvalidParameter', { param: 'principle', reason: `must nest JSON at most ${PRINCIPLE_MAX_DEPTH} levels deep` })
    }
    if (!parsePrinciple(text)) {
      throw new ApiError('InvalidParameter', { param: 'principle', reason: 'must be a JSON list of {"resource_type": …, "actions": […]}' })
    }
  }
  return { policy: name, principle: text }
}

/** AddGroupRoleRules echoes `principle` as JSON when it is JSON (docs/compat.md#rule-times). */
export function echoed(principle: string): unknown {
  if (principle === '') return ''
  try {
    return JSON.parse(principle) as unknown
  } catch {
    return principle
  }
}
