import { describe, expect, it } from 'vitest'
import { ApiError } from '../../protocol/errors.js'
import type { InstanceStatus } from '../../protocol/records/instance.js'
import { checkInstanceMove, instanceMoves, type InstanceMoveName } from './instances.js'
import { settledStatus } from './moves.js'

function refusal(status: InstanceStatus, move: InstanceMoveName, transition_status: '' | 'stopping' = ''): string | undefined {
  try {
    checkInstanceMove({ instance_id: 'i-abcdefgh', status, transition_status }, instanceMoves[move])
    return undefined
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).ret_code).toBe(1400)
    return (error as ApiError).message
  }
}

describe('the instance state machine', () => {
  it('allows each move only from the documented statuses (docs/compat.md#resource-states)', () => {
    const allowed: Record<string, InstanceStatus[]> = {}
    const statuses: InstanceStatus[] = ['pending', 'running', 'stopped', 'suspended', 'terminated', 'ceased']
    for (const move of Object.keys(instanceMoves) as InstanceMoveName[]) {
      allowed[move] = statuses.filter((status) => refusal(status, move) === undefined)
    }
    expect(allowed).toEqual({
      start: ['stopped'],
      stop: ['running'],
      restart: ['running'],
      reset: ['running', 'stopped'],
      resize: ['stopped'],
      terminate: ['running', 'stopped', 'suspended'],
      cease: ['terminated'],
      capture: ['stopped'],
      clone: ['running', 'stopped'],
      attach: ['running', 'stopped'],
      snapshot: ['running', 'stopped'],
      applySnapshot: ['stopped'],
    })
  })

  it('names the state in the docs style', () => {
    expect(refusal('stopped', 'stop')).toBe('PermissionDenied, instance [i-abcdefgh] is not running (it is stopped), can not be stopped')
    expect(refusal('pending', 'terminate')).toBe(
      'PermissionDenied, instance [i-abcdefgh] is not running or stopped or suspended (it is pending), can not be terminated',
    )
  })

  it('refuses every move while a transition runs', () => {
    expect(refusal('running', 'restart', 'stopping')).toBe(
      'PermissionDenied, instance [i-abcdefgh] is stopping, can not be restarted until it settles',
    )
  })

  it('settles in the target status, or the current one for moves that keep it', () => {
    expect(settledStatus(instanceMoves.stop, 'running')).toBe('stopped')
    expect(settledStatus(instanceMoves.reset, 'stopped')).toBe('stopped')
    expect(settledStatus(instanceMoves.reset, 'running')).toBe('running')
  })
})
