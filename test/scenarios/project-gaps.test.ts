import { describe, expect, it } from 'vitest'
import { basicInstance, runningInstances } from '../harness/compute.js'
import { addMember, memberWithRules, newProject } from '../harness/projects.js'
import { refusal } from '../harness/refusal.js'
import { startTestServer } from '../harness/server.js'

describe('a project VxNet in DescribeVxnetInstances', () => {
  it('shows the VxNet’s owner every instance in it; a member may not place its own there; others read it as unknown', async () => {
    await using api = await startTestServer()
    const { project_id, roles } = await newProject(api.client)
    const { vxnets } = await api.client.createVxnets({ vxnet_type: 0, vxnet_name: 'shared', project_id })
    const vxnet = vxnets[0]!
    const placer = await memberWithRules(api, api.client, project_id, [{ policy: 'vxnet.modify' }])
    // One owner per binding (docs/compat.md#one-owner-per-binding): the member's own instance may
    // not join the owner's VxNet, so only the owner's instances are ever placed there.
    const refused = await refusal(placer.client.runInstances({ ...basicInstance, vxnets: [vxnet] }))
    expect([refused.ret_code, refused.message]).toEqual([1400, expect.stringContaining('parameter [vxnets]')])
    const [own] = await runningInstances(api, { vxnets: [vxnet] })
    await api.drainJobs()

    const listed = async (answer: Promise<{ instance_set: Array<{ instance_id: string }> }>) =>
      (await answer).instance_set.map((i) => i.instance_id).sort()
    expect(await listed(api.client.describeVxnetInstances({ vxnet }))).toEqual([own!])
    expect(await listed(api.client.describeVxnetInstances({ vxnet, project_id }))).toEqual([own!])

    // Anyone else: the VxNet is not theirs, and DescribeVxnetInstances lists no project items (it
    // ignores project_id), so it is unknown to a reader of the project and to a stranger alike.
    const reader = await addMember(api, api.client, project_id, roles.member)
    expect((await refusal(reader.client.describeVxnetInstances({ vxnet, project_id }))).ret_code).toBe(2100)
    expect((await refusal(placer.client.describeVxnetInstances({ vxnet }))).ret_code).toBe(2100)
    const stranger = await api.newUser()
    expect((await refusal(stranger.client.describeVxnetInstances({ vxnet }))).ret_code).toBe(2100)
  })
})

describe("CloneInstances' vxnets", () => {
  it('takes a project VxNet the caller may modify, like RunInstances: without the rule 1400, a stranger 2100', async () => {
    await using api = await startTestServer()
    const { project_id } = await newProject(api.client)
    const { vxnets } = await api.client.createVxnets({ vxnet_type: 0, vxnet_name: 'shared', project_id })
    const vxnet = vxnets[0]!
    const [shared] = await runningInstances(api, { project_id })
    const user = await memberWithRules(api, api.client, project_id, [{ policy: 'vxnet.modify' }, { policy: 'instance.modify' }])
    const other = await memberWithRules(api, api.client, project_id, [{ policy: 'instance.modify' }])
    const stranger = await api.newUser()
    const [mine] = await runningInstances(api, {}, user.client)
    const [strangers] = await runningInstances(api, {}, stranger.client)

    expect((await refusal(other.client.cloneInstances({ instances: [shared!], vxnets: [`${shared}|${vxnet}`] }))).message).toBe(
      `PermissionDenied, CloneInstances is not allowed on vxnet [${vxnet}] in project [${project_id}]: role [${other.role}] has no enabled rule granting vxnet.modify`,
    )
    // Another user's VxNet reads as unknown (docs/compat.md#foreign-ids-read-as-unknown).
    expect(
      (await refusal(stranger.client.cloneInstances({ instances: [strangers!], vxnets: [`'${strangers}|${vxnet}|10.0.0.9'`] }))).message,
    ).toBe(`ResourceNotFound, vxnet [${vxnet}] does not exist`)
    // The member's own instance and the owner's VxNet have different owners.
    expect((await refusal(user.client.cloneInstances({ instances: [mine!], vxnets: [`${mine}|${vxnet}`] }))).ret_code).toBe(1400)
    expect((await other.client.describeInstances()).total_count).toBe(0)
    expect((await stranger.client.describeInstances()).total_count).toBe(1)

    // The project's instance cloned into the project's VxNet: the clone is the owner's (derived).
    const answer = await user.client.cloneInstances({ instances: [shared!], vxnets: [`'${shared}|${vxnet}|10.0.0.9'`] })
    await api.drainJobs()
    const [clone] = (await api.client.describeInstances({ instances: answer.instances })).instance_set
    expect([clone!.status, clone!.vxnets.map((v) => [v.vxnet_id, v.private_ip])]).toEqual(['running', [[vxnet, '10.0.0.9']]])
  })
})

describe('the project quota', () => {
  it('counts the projects a user owns: 2500 beyond it, listed by DescribeQuotas, set by QINGSTACK_QUOTAS', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_QUOTAS: 'project=2' } })
    expect((await api.client.describeQuotas()).quota_set.project).toBe(2)
    const first = await newProject(api.client)
    const second = await newProject(api.client)
    const over = await refusal(api.client.createProject({ project_name: 'third' }))
    expect([over.ret_code, over.message]).toEqual([2500, 'QuotaExceeded, quota [project] is 2: 2 in use, 1 more requested'])
    expect((await api.client.describeProjects()).total_count).toBe(2)
    expect((await api.client.getQuotaLeft({ resource_types: ['project'] })).quota_left_set).toEqual([{ resource_type: 'project', left: 0 }])

    // Membership is not ownership: a member of both still creates its own.
    const member = await addMember(api, api.client, first.project_id, first.roles.member)
    await newProject(member.client)
    await api.client.deleteProjects({ project_ids: [second.project_id] })
    await newProject(api.client)
  })

  it('defaults to 20', async () => {
    await using api = await startTestServer()
    expect((await api.client.describeQuotas()).quota_set.project).toBe(20)
  })
})

describe('DescribeJobs with project_id', () => {
  it('lists the jobs about the project’s items to those who may describe them; without it, the caller’s own', async () => {
    await using api = await startTestServer()
    const { project_id, roles } = await newProject(api.client)
    const created = await api.client.createVolumes({ size: 20, project_id })
    const outside = await api.client.createVolumes({ size: 20 })
    await api.drainJobs()
    const resizer = await memberWithRules(api, api.client, project_id, [{ policy: 'volume.modify' }, { policy: 'volume.describe' }])
    const resized = await resizer.client.resizeVolumes({ volumes: created.volumes, size: 30 })
    await api.drainJobs()
    const reader = await addMember(api, api.client, project_id, roles.member)
    const instancesOnly = await memberWithRules(api, api.client, project_id, [{ policy: 'instance.describe' }])
    const blind = await memberWithRules(api, api.client, project_id, [{ policy: 'volume.modify' }])
    const stranger = await api.newUser()
    const jobIds = async (answer: Promise<{ job_set: Array<{ job_id: string }> }>) => (await answer).job_set.map((j) => j.job_id).sort()
    const projectJobs = [created.job_id, resized.job_id].sort()

    expect(await jobIds(api.client.describeJobs({ project_id }))).toEqual(projectJobs)
    expect(await jobIds(reader.client.describeJobs({ project_id }))).toEqual(projectJobs)
    expect(await jobIds(reader.client.describeJobs({ project_id, owner: resizer.user_id }))).toEqual([resized.job_id])
    expect(await jobIds(instancesOnly.client.describeJobs({ project_id }))).toEqual([])
    expect(await jobIds(reader.client.describeJobs({ project_id, jobs: [created.job_id] }))).toEqual([created.job_id])
    expect((await refusal(reader.client.describeJobs({ project_id, jobs: [outside.job_id] }))).ret_code).toBe(2100)
    expect((await refusal(blind.client.describeJobs({ project_id }))).message).toMatch(/has no enabled rule granting all\.describe$/)
    expect((await refusal(stranger.client.describeJobs({ project_id }))).message).toMatch(/is not a member$/)

    // Without project_id each sees its own jobs only.
    expect(await jobIds(api.client.describeJobs())).toEqual([created.job_id, outside.job_id].sort())
    expect(await jobIds(resizer.client.describeJobs())).toEqual([resized.job_id])
    expect(await jobIds(reader.client.describeJobs())).toEqual([])
  })
})
