import { describe, expect, it } from 'vitest'
import { ApiError } from '../../protocol/errors.js'
import { checkQuotas, defaultQuotas } from './quotas.js'

describe('checkQuotas', () => {
  const limits = { ...defaultQuotas, instance: 3, cpu: 4 }

  it('lets a request up to the limit through', () => {
    expect(() => checkQuotas(limits, { instance: 1, cpu: 2 }, { instance: 2, cpu: 2 })).not.toThrow()
  })

  it('answers 2500 naming the first key that would be passed', () => {
    let error: unknown
    try {
      checkQuotas(limits, { instance: 1, cpu: 3 }, { instance: 1, cpu: 2 })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).ret_code).toBe(2500)
    expect((error as ApiError).message).toBe('QuotaExceeded, quota [cpu] is 4: 3 in use, 2 more requested')
  })

  it('ignores keys the request does not grow', () => {
    expect(() => checkQuotas(limits, { instance: 9 }, { instance: 0, cpu: 1 })).not.toThrow()
  })
})
