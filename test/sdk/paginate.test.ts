import { describe, expect, expectTypeOf, it } from 'vitest'
import type { ItemOf } from '../../src/sdk/index.js'
import { startTestServer } from '../harness/server.js'

describe('paging through Describe* results', () => {
  it('paginate yields every record across pages, once each', async () => {
    await using api = await startTestServer()
    const { volumes } = await api.client.createVolumes({ size: 20, count: 25 })
    const seen: string[] = []
    for await (const volume of api.client.paginate('DescribeVolumes', {}, { pageSize: 10 })) {
      expectTypeOf(volume).toEqualTypeOf<ItemOf<'DescribeVolumes'>>()
      seen.push(volume.volume_id)
    }
    expect(seen).toHaveLength(25)
    expect(new Set(seen)).toEqual(new Set(volumes))
  })

  it('pages answers page by page with total_count, and keeps the filters', async () => {
    await using api = await startTestServer()
    await api.client.createVolumes({ size: 20, count: 12, volume_name: 'keep' })
    await api.client.createVolumes({ size: 20, count: 3, volume_name: 'other' })
    const sizes: number[] = []
    for await (const page of api.client.pages('DescribeVolumes', { search_word: 'keep' }, { pageSize: 5 })) {
      expect(page.total_count).toBe(12)
      sizes.push(page.volume_set.length)
      expect(page.volume_set.every((v) => v.volume_name === 'keep')).toBe(true)
    }
    expect(sizes).toEqual([5, 5, 2])
  })

  it('makes one call for an empty list, and caps the page size at 100', async () => {
    await using api = await startTestServer()
    const pages = []
    for await (const page of api.client.pages('DescribeVolumes', {}, { pageSize: 1000 })) pages.push(page)
    expect(pages).toHaveLength(1)
    expect(pages[0]!.total_count).toBe(0)
    await api.client.createVolumes({ size: 20, count: 100 })
    await api.client.createVolumes({ size: 20, count: 5 })
    const counts = []
    for await (const page of api.client.pages('DescribeVolumes', {}, { pageSize: 1000 })) counts.push(page.volume_set.length)
    expect(counts).toEqual([100, 5])
  })
})
