import { describe, expect, it } from 'vitest'
import { instanceStates, runningInstances } from '../../harness/compute.js'
import { memberWithRules, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer, type TestServer } from '../../harness/server.js'

/** The owner's running instance, an item of its project; a member whose role may only describe; one who may stop. */
async function sharedInstance(api: TestServer) {
  const owner = await api.newUser('owner@example.com')
  const [instance] = await runningInstances(api, {}, owner.client)
  const { project_id } = await newProject(owner.client)
  await owner.client.addProjectResourceItems({ project_id, resources: [instance!] })
  const reader = await memberWithRules(api, owner.client, project_id, [{ policy: 'instance.describe' }])
  const operator = await memberWithRules(api, owner.client, project_id, [{ policy: 'instance.modify' }])
  return { owner, instance: instance!, project_id, reader, operator }
}

describe('ExplainPermission', () => {
  it('allows with the granting rule and denies naming the missing one, as the authorize stage would, executing nothing', async () => {
    await using api = await startTestServer()
    const { owner, instance, project_id, reader, operator } = await sharedInstance(api)
    const allowed = await api.client.explainPermission({
      user: operator.credentials.email,
      action_name: 'StopInstances',
      parameters: [`instances.1=${instance}`],
    })
    expect(allowed).toMatchObject({ user_id: operator.user_id, explained_action: 'StopInstances', verdict: 'allow', verdict_ret_code: 0 })
    expect(allowed.resource_set).toEqual([
      {
        resource_id: instance,
        resource_type: 'instance',
        owner: owner.credentials.user_id,
        access: 'project',
        project_id,
        role: operator.role,
        granting_rule: 'instance.modify',
        missing_rule: '',
      },
    ])
    expect(allowed.reason).toContain('instance.modify')

    const denied = await api.client.explainPermission({
      user: reader.user_id,
      action_name: 'StopInstances',
      parameters: [`instances.1=${instance}`],
    })
    expect(denied).toMatchObject({ verdict: 'deny', verdict_ret_code: 1400 })
    expect(denied.reason).toContain('instance.modify')
    expect(denied.resource_set[0]).toMatchObject({
      access: 'project',
      role: reader.role,
      granting_rule: '',
      missing_rule: 'instance.modify',
    })
    // What the member itself is answered is the same refusal.
    expect((await refusal(reader.client.stopInstances({ instances: [instance] }))).message).toBe(denied.reason)

    const stranger = await api.newUser()
    const unknown = await api.client.explainPermission({
      user: stranger.credentials.user_id,
      action_name: 'StopInstances',
      parameters: [`instances.1=${instance}`],
    })
    expect(unknown).toMatchObject({ verdict: 'deny', verdict_ret_code: 2100 })
    expect(unknown.resource_set[0]).toMatchObject({ access: 'none', owner: owner.credentials.user_id })

    const own = await api.client.explainPermission({
      user: owner.credentials.email,
      action_name: 'StopInstances',
      parameters: [`instances.1=${instance}`],
    })
    expect(own).toMatchObject({ verdict: 'allow', reason: 'every resource it names is its own' })
    // Nothing ran: the instance is still running and no job was made.
    expect(await instanceStates(owner.client, [instance])).toEqual([['running', '']])
    expect((await owner.client.describeJobs({})).job_set.filter((j) => j.job_action === 'StopInstances')).toEqual([])
  })

  it("explains a Describe* in a project by the user's reach into the project, where project_id applies", async () => {
    await using api = await startTestServer()
    const { owner, project_id, reader, operator } = await sharedInstance(api)
    const explain = (user: string, action_name = 'DescribeInstances') =>
      api.client.explainPermission({ user, action_name, parameters: [`project_id=${project_id}`] })
    const project = { resource_id: project_id, resource_type: 'project', owner: owner.credentials.user_id, project_id }

    const allowed = await explain(reader.user_id)
    expect(allowed).toMatchObject({ verdict: 'allow', verdict_ret_code: 0 })
    expect(allowed.resource_set).toEqual([
      { ...project, access: 'project', role: reader.role, granting_rule: 'instance.describe', missing_rule: '' },
    ])
    const denied = await explain(operator.user_id)
    expect(denied).toMatchObject({ verdict: 'deny', verdict_ret_code: 1400 })
    expect(denied.resource_set).toEqual([
      { ...project, access: 'project', role: operator.role, granting_rule: '', missing_rule: 'instance.describe' },
    ])
    // The member is answered the refusal the explanation gives.
    expect((await refusal(operator.client.describeInstances({ project_id }))).message).toBe(denied.reason)
    const stranger = await api.newUser()
    expect((await explain(stranger.credentials.user_id)).resource_set).toEqual([
      { ...project, access: 'none', role: '', granting_rule: '', missing_rule: '' },
    ])
    expect((await explain(owner.credentials.user_id)).resource_set[0]).toMatchObject({ access: 'own' })
    // DescribeZones lists no project items: project_id does not apply, and nothing is explained by it.
    expect(await explain(stranger.credentials.user_id, 'DescribeZones')).toMatchObject({ verdict: 'allow', resource_set: [] })
  })

  it('may be asked by a project owner about its members, not by them about others, nor about strangers', async () => {
    await using api = await startTestServer()
    const { owner, instance, reader, operator } = await sharedInstance(api)
    const asOwner = await owner.client.explainPermission({
      user: operator.user_id,
      action_name: 'StopInstances',
      parameters: [`instances.1=${instance}`],
    })
    expect(asOwner.verdict).toBe('allow')
    const asMember = await refusal(
      reader.client.explainPermission({ user: operator.user_id, action_name: 'StopInstances', parameters: [] }),
    )
    expect(asMember.ret_code).toBe(1400)
    const stranger = await api.newUser()
    expect(
      (await refusal(owner.client.explainPermission({ user: stranger.credentials.user_id, action_name: 'DescribeVolumes' }))).ret_code,
    ).toBe(1400)
  })

  it('answers 1100 naming the parameter for an unknown action or a malformed one, and 2100 for an unknown user', async () => {
    await using api = await startTestServer()
    const action = await refusal(api.client.explainPermission({ user: api.root.user_id, action_name: 'FlyInstances' }))
    expect([action.ret_code, action.message]).toEqual([
      1100,
      'InvalidParameter, parameter [action_name] names no QingCloud action [FlyInstances]',
    ])
    const pair = await refusal(
      api.client.explainPermission({ user: api.root.user_id, action_name: 'StopInstances', parameters: ['instances'] }),
    )
    expect(pair.message).toContain('[parameters.1]')
    const missing = await refusal(api.client.explainPermission({ user: api.root.user_id, action_name: 'StopInstances', parameters: [] }))
    expect([missing.ret_code, missing.message]).toEqual([1100, 'MissingParameter, parameter [instances] is required'])
    expect((await refusal(api.client.explainPermission({ user: 'nobody@example.com', action_name: 'StopInstances' }))).ret_code).toBe(2100)
  })
})
