import { describe, expect, it } from 'vitest'
import { startTestServer } from '../../harness/server.js'

describe('DescribeQuotas', () => {
  it('answers the configured limits as one object of integers, with the caller’s user_id', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_QUOTAS: 'instance=7,volume_size=123' } })
    const answer = await api.client.describeQuotas()
    expect(answer.user_id).toBe(api.root.user_id)
    expect(answer.quota_set).toMatchObject({ instance: 7, volume_size: 123, cpu: 400, image: 50, tag: 100 })
    expect(Object.values(answer.quota_set).every((n) => Number.isInteger(n))).toBe(true)
    const other = await api.newUser()
    expect((await other.client.describeQuotas()).user_id).toBe(other.credentials.user_id)
  })
})
