import { describe, expect, it } from 'vitest'
import { QingApiError } from '../../../src/sdk/index.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeZones', () => {
  it('lists the configured zones as active, without needing a zone', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_ZONES: 'pek3a,gd2,ap2a' } })
    const answer = await api.client.describeZones()
    expect(answer).toEqual({
      action: 'DescribeZonesResponse',
      zone_set: [
        { zone_id: 'pek3a', status: 'active' },
        { zone_id: 'gd2', status: 'active' },
        { zone_id: 'ap2a', status: 'active' },
      ],
      total_count: 3,
      ret_code: 0,
    })
  })

  it('filters by zone id (an availability zone finds its region) and by status', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_ZONES: 'pek3a,gd2,ap2a' } })
    const some = await api.client.describeZones({ zones: ['ap2a', 'gd2b', 'nowhere'] })
    expect(some.zone_set.map((z) => z.zone_id)).toEqual(['gd2', 'ap2a'])
    expect(some.total_count).toBe(2)
    expect((await api.client.describeZones({ status: ['faulty'] })).total_count).toBe(0)
  })

  it('pages with offset and limit while total_count counts every match', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_ZONES: 'pek3a,gd2,ap2a' } })
    const page = await api.client.describeZones({ offset: 1, limit: 1 })
    expect(page.zone_set).toEqual([{ zone_id: 'gd2', status: 'active' }])
    expect(page.total_count).toBe(3)
  })

  it('rejects an invalid status with 1100', async () => {
    await using api = await startTestServer()
    const error = await api.client.describeZones({ status: ['broken' as 'active'] }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(QingApiError)
    expect((error as QingApiError).ret_code).toBe(1100)
  })
})
