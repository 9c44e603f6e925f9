import { describe, expect, it } from 'vitest'
import { addMember, newProject } from '../../harness/projects.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeProjects', () => {
  it('lists own projects, or with shared=1 those the caller is a member of (docs/compat.md#describe-projects-shared)', async () => {
    await using api = await startTestServer()
    const mine = await newProject(api.client, { project_name: 'mine' })
    const member = await addMember(api, api.client, mine.project_id, mine.roles.member)
    const theirs = await newProject(member.client, { project_name: 'theirs' })
    expect((await member.client.describeProjects()).project_set.map((p) => p.project_id)).toEqual([theirs.project_id])
    expect((await member.client.describeProjects({ shared: true })).project_set.map((p) => p.project_id)).toEqual([mine.project_id])
    // By id: every project the caller can see, whatever `shared` says; others are left out.
    const byId = await member.client.describeProjects({ project_ids: [mine.project_id, theirs.project_id], shared: false })
    expect(byId.total_count).toBe(2)
    expect((await api.client.describeProjects({ project_ids: [theirs.project_id] })).total_count).toBe(0)
    const stranger = await api.newUser()
    expect((await stranger.client.describeProjects({ shared: true })).total_count).toBe(0)
  })

  it('sorts newest first by default, reverse=0 oldest first, and pages with total_count', async () => {
    await using api = await startTestServer()
    const ids: string[] = []
    for (let i = 0; i < 3; i++) {
      ids.push((await api.client.createProject({ project_name: `p${i}` })).project_id)
      api.clock.advance(1000)
    }
    expect((await api.client.describeProjects()).project_set.map((p) => p.project_id)).toEqual([...ids].reverse())
    expect((await api.client.describeProjects({ reverse: false })).project_set.map((p) => p.project_id)).toEqual(ids)
    const page = await api.client.describeProjects({ limit: 1, offset: 1 })
    expect(page.project_set.map((p) => p.project_id)).toEqual([ids[1]])
    expect(page.total_count).toBe(3)
    expect((await api.client.describeProjects({ sort_key: 'project_name' })).project_set.map((p) => p.project_name)).toEqual([
      'p0',
      'p1',
      'p2',
    ])
  })

  it('filters by owner', async () => {
    await using api = await startTestServer()
    const mine = await newProject(api.client)
    const other = await api.newUser()
    await addMember(api, api.client, mine.project_id, mine.roles.member)
    expect((await api.client.describeProjects({ owner: other.credentials.user_id })).total_count).toBe(0)
    expect((await api.client.describeProjects({ owner: api.root.user_id })).total_count).toBe(1)
  })
})
