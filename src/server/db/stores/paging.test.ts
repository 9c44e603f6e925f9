import { describe, expect, it } from 'vitest'
import { pageWithTotal } from './paging.js'

function source(total: number) {
  let counted = 0
  return {
    counted: () => counted,
    page: (offset: number, limit: number) =>
      pageWithTotal(
        { offset, limit },
        async () => Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => offset + i),
        async () => (counted++, total),
      ),
  }
}

describe('pageWithTotal', () => {
  it('counts only when the page is full or empty past the start', async () => {
    const s = source(25)
    expect(await s.page(0, 100)).toEqual({ rows: Array.from({ length: 25 }, (_, i) => i), total: 25 })
    expect((await s.page(20, 20)).total).toBe(25)
    expect(s.counted()).toBe(0)
    expect((await s.page(0, 20)).total).toBe(25)
    expect((await s.page(40, 20)).total).toBe(25)
    expect(s.counted()).toBe(2)
  })

  it('answers an empty first page without counting', async () => {
    const s = source(0)
    expect(await s.page(0, 20)).toEqual({ rows: [], total: 0 })
    expect(s.counted()).toBe(0)
  })
})
