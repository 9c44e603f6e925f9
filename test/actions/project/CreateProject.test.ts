import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('CreateProject', () => {
  it('creates an active project owned by the caller, with meta as JSON text (docs/compat.md#project-meta)', async () => {
    await using api = await startTestServer()
    const { project_id } = await api.client.createProject({ project_name: 'api', description: 'd', meta: [{ color: '#324558' }] })
    expect(project_id).toMatch(/^pj-[a-z0-9]{8}$/)
    const [project] = (await api.client.describeProjects({ project_ids: [project_id] })).project_set
    expect(project).toMatchObject({
      project_id,
      project_name: 'api',
      description: 'd',
      status: 'active',
      enabled: 1,
      owner: api.root.user_id,
      root_user_id: api.root.user_id,
      owner_name: api.root.user_name,
      meta: '[{"color":"#324558"}]',
    })
    expect(project!.resource_group_id).toMatch(/^rg-/)
    expect(project!.create_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
  })

  it('stores color as meta when meta is absent, [] when neither is given', async () => {
    await using api = await startTestServer()
    const a = await api.client.createProject({ color: '#ffffff' })
    const b = await api.client.createProject({})
    const set = (await api.client.describeProjects({ project_ids: [a.project_id, b.project_id] })).project_set
    expect(Object.fromEntries(set.map((p) => [p.project_id, p.meta]))).toEqual({
      [a.project_id]: '[{"color":"#ffffff"}]',
      [b.project_id]: '[]',
    })
  })

  it('creates the owner member, the owner role and three preset roles with their rules (docs/compat.md#preset-roles)', async () => {
    await using api = await startTestServer()
    const { project_id } = await api.client.createProject({})
    const roles = await api.client.describeGroupRoles({ project_id, verbose: 1 })
    const policies = Object.fromEntries(
      roles.group_role_set.map((r) => [r.group_role_name, r.group_role_rule_set!.map((x) => x.policy).sort()]),
    )
    expect(policies).toEqual({
      project_admin: ['all.project_manage'],
      resource_admin: ['all.delete', 'all.describe', 'all.modify', 'monitor.describe'],
      member: ['all.describe', 'monitor.describe'],
    })
    expect(roles.group_role_set.every((r) => r.read_only === 1 && r.status === 'enabled' && r.role_type === 'rule')).toBe(true)
    const [owner] = (await api.client.describeProjectMembers({ project_id })).project_member_set
    expect(owner).toMatchObject({
      is_project_owner: 1,
      group_role_name: 'owner',
      project_member_user_id: api.root.user_id,
      project_member_type: 'user',
    })
  })

  it('answers 1100 for meta that is not a list of objects', async () => {
    await using api = await startTestServer()
    expect((await refusal(api.client.request('CreateProject', { meta: '{broken' }))).ret_code).toBe(1100)
    expect((await refusal(api.client.request('CreateProject', { meta: '["x"]' }))).ret_code).toBe(1100)
  })
})
