import { describe, expect, it } from 'vitest'
import { activeLoadbalancer, httpListener, projectLoadbalancer } from '../../harness/loadbalancers.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeLoadBalancers', () => {
  it('filters by id, status, search word and tag, pages, and adds listeners with verbose=1', async () => {
    await using api = await startTestServer()
    const { loadbalancer: a } = await activeLoadbalancer(api)
    const { loadbalancer: b } = await activeLoadbalancer(api)
    await api.client.modifyLoadBalancerAttributes({ loadbalancer: b, loadbalancer_name: 'checkout' })
    await api.client.stopLoadBalancers({ loadbalancers: [a] })
    await api.drainJobs()
    const web = await httpListener(api.client, b)
    const all = await api.client.describeLoadBalancers({})
    expect(all.total_count).toBe(2)
    expect(all.loadbalancer_set[0]!.listeners).toBeUndefined()
    expect((await api.client.describeLoadBalancers({ status: ['stopped'] })).loadbalancer_set.map((lb) => lb.loadbalancer_id)).toEqual([a])
    expect((await api.client.describeLoadBalancers({ search_word: 'check' })).loadbalancer_set.map((lb) => lb.loadbalancer_id)).toEqual([b])
    const { tag_id } = await api.client.createTag({ tag_name: 'prod' })
    await api.client.attachTags({ resource_tag_pairs: [{ tag_id, resource_type: 'loadbalancer', resource_id: a }] })
    const tagged = await api.client.describeLoadBalancers({ tags: [tag_id] })
    expect(tagged.loadbalancer_set.map((lb) => lb.loadbalancer_id)).toEqual([a])
    expect(tagged.loadbalancer_set[0]!.tags.map((t) => t.tag_id)).toEqual([tag_id])
    const verbose = await api.client.describeLoadBalancers({ loadbalancers: [b], verbose: 1 })
    expect(verbose.loadbalancer_set[0]!.listeners!.map((l) => l.loadbalancer_listener_id)).toEqual([web])
    const page = await api.client.describeLoadBalancers({ limit: 1, offset: 1 })
    expect([page.total_count, page.loadbalancer_set.length]).toEqual([2, 1])
  })

  it('answers 2100 for unknown ids and another user’s; 1400 for another owner filter', async () => {
    await using api = await startTestServer()
    const { loadbalancer } = await activeLoadbalancer(api)
    const other = await api.newUser()
    expect((await refusal(other.client.describeLoadBalancers({ loadbalancers: [loadbalancer] }))).ret_code).toBe(2100)
    expect((await other.client.describeLoadBalancers({})).total_count).toBe(0)
    expect((await refusal(api.client.describeLoadBalancers({ loadbalancers: ['lb-nothere0'] }))).ret_code).toBe(2100)
    expect((await refusal(api.client.describeLoadBalancers({ owner: other.credentials.user_id }))).ret_code).toBe(1400)
    expect((await refusal(api.client.describeLoadBalancers({ status: ['gone' as never] }))).ret_code).toBe(1100)
  })

  it('lists a deleted load balancer until the recycle bin ceases it; then only by id or status', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_RECYCLE_MINUTES: '120' } })
    const { loadbalancer } = await activeLoadbalancer(api)
    await api.client.deleteLoadBalancers({ loadbalancers: [loadbalancer] })
    await api.drainJobs()
    expect((await api.client.describeLoadBalancers({})).loadbalancer_set.map((lb) => lb.status)).toEqual(['deleted'])
    const left = await api.client.getQuotaLeft({ resource_types: ['loadbalancer'] })
    expect(left.quota_left_set).toEqual([expect.objectContaining({ resource_type: 'loadbalancer', left: 20 })])
    api.clock.advance(121 * 60_000)
    expect(await api.app.worker.sweepRecycleBin()).toBe(1)
    expect((await api.client.describeLoadBalancers({})).total_count).toBe(0)
    expect((await api.client.describeLoadBalancers({ loadbalancers: [loadbalancer] })).loadbalancer_set[0]!.status).toBe('ceased')
  })

  it("in a project, lists the project's load balancers to a member who may describe, not to an outsider", async () => {
    await using api = await startTestServer()
    const { project_id, loadbalancer, reader } = await projectLoadbalancer(api)
    expect((await reader.describeLoadBalancers({ project_id })).loadbalancer_set.map((lb) => lb.loadbalancer_id)).toEqual([loadbalancer])
    expect((await reader.describeLoadBalancers({})).total_count).toBe(0)
    const outsider = await api.newUser()
    expect((await refusal(outsider.client.describeLoadBalancers({ project_id }))).ret_code).toBe(1400)
  })
})
