import { describe, expect, it, vi } from 'vitest'
import { AUDIT_MOVE_CHUNK } from '../../../src/server/pipeline/audit.js'
import { basicInstance } from '../../harness/compute.js'
import { addMember, newProject } from '../../harness/projects.js'
import { sendRaw, signedQuery } from '../../harness/raw.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer, type TestServer } from '../../harness/server.js'

/** A project of a user (not root) with one running instance in it, and a member with the `member` role. */
async function projectWithMember(api: TestServer) {
  const owner = await api.newUser('owner@example.com')
  const project = await newProject(owner.client)
  const { instances } = await owner.client.runInstances({ ...basicInstance, project_id: project.project_id })
  await api.drainJobs()
  const member = await addMember(api, owner.client, project.project_id, project.roles.member)
  return { owner, member, project_id: project.project_id, instance: instances[0]! }
}

describe('DescribeAuditEvents', () => {
  it("shows a member's refused StopInstances to the member and the project owner, with the missing rule, not to a stranger; root sees all", async () => {
    await using api = await startTestServer()
    const { owner, member, project_id, instance } = await projectWithMember(api)
    const stranger = await api.newUser('stranger@example.com')
    const refused = await refusal(member.client.stopInstances({ instances: [instance] }))
    expect(refused.ret_code).toBe(1400)

    const query = { action_name: 'StopInstances', resource: instance }
    const [mine] = (await member.client.describeAuditEvents(query)).audit_event_set
    expect(mine).toMatchObject({
      user_id: member.user_id,
      access_key_id: member.credentials.access_key_id,
      action: 'StopInstances',
      endpoint: 'iaas',
      ret_code: 1400,
      resource_ids: [instance],
      fault_rule_id: null,
      client_ip: '127.0.0.1',
    })
    expect(mine!.message).toBe(refused.message)
    expect(mine!.message).toContain('has no enabled rule granting instance.modify')
    expect(mine!.request_id).toMatch(/^[0-9a-f]{12}$/)

    const ownersView = await owner.client.describeAuditEvents(query)
    expect(ownersView.audit_event_set.map((e) => e.request_id)).toEqual([mine!.request_id])
    expect((await stranger.client.describeAuditEvents(query)).total_count).toBe(0)
    expect((await api.client.describeAuditEvents(query)).audit_event_set.map((e) => e.request_id)).toEqual([mine!.request_id])
    // The owner's own trail holds the RunInstances that created the instance, with the created id and its job.
    const [run] = (await owner.client.describeAuditEvents({ action_name: 'RunInstances' })).audit_event_set
    expect(run).toMatchObject({ user_id: owner.credentials.user_id, project_id, ret_code: 0 })
    expect(run!.resource_ids).toContain(instance)
    // The stranger sees its own requests only: its earlier DescribeAuditEvents calls.
    const strangers = await stranger.client.describeAuditEvents()
    expect(new Set(strangers.audit_event_set.map((e) => e.user_id))).toEqual(new Set([stranger.credentials.user_id]))
  })

  it('filters by action prefix, user (id or e-mail), ret_code, failed, request id, project and time, and pages', async () => {
    await using api = await startTestServer()
    const { owner, member, project_id, instance } = await projectWithMember(api)
    await refusal(member.client.stopInstances({ instances: [instance] }))
    api.clock.advance(60_000)
    const later = new Date(api.clock.now()).toISOString().slice(0, 19) + 'Z'
    await owner.client.describeInstances({ instances: [instance] })
    // Events of one instant are ordered by request id: a second apart, their order is known.
    api.clock.advance(1_000)
    await refusal(owner.client.describeVolumes({ limit: -1 as never }))

    const root = api.client
    const actions = async (input: Parameters<typeof root.describeAuditEvents>[0]) =>
      (await root.describeAuditEvents({ ...input, limit: 100 })).audit_event_set.map((e) => e.action)
    expect(await actions({ action_name: 'DescribeInst', user: owner.credentials.user_id })).toEqual(['DescribeInstances'])
    expect(await actions({ user: 'OWNER@example.com', failed: true })).toEqual(['DescribeVolumes'])
    expect(await actions({ ret_code: 1400 })).toEqual(['StopInstances'])
    expect(await actions({ user: member.user_id, start_time: later })).toEqual([])
    expect(await actions({ user: owner.credentials.user_id, start_time: later, reverse: true })).toEqual([
      'DescribeInstances',
      'DescribeVolumes',
    ])
    expect(await actions({ project_id, action_name: 'Run' })).toEqual(['RunInstances'])
    expect(await actions({ project_id })).toContain('AddProjectMember')
    const [first] = (await root.describeAuditEvents({ ret_code: 1400 })).audit_event_set
    expect((await root.describeAuditEvents({ request_id: first!.request_id })).audit_event_set).toEqual([first])

    const page = await root.describeAuditEvents({ user: owner.credentials.user_id, limit: 2, offset: 1 })
    expect(page.audit_event_set).toHaveLength(2)
    expect(page.total_count).toBeGreaterThan(3)

    const bad = await refusal(root.describeAuditEvents({ start_time: 'yesterday' }))
    expect(bad.ret_code).toBe(1100)
    expect(bad.message).toContain('start_time')
    expect((await refusal(root.describeAuditEvents({ start_time: later, end_time: '2020-01-01T00:00:00Z' }))).message).toContain('end_time')
  })

  it('records a bad signature with the key id it claimed, and redacts secrets in the parameters', async () => {
    await using api = await startTestServer()
    const query = signedQuery(
      { action: 'DescribeZones' },
      { keyId: api.root.access_key_id, secret: 'not-the-secret', now: api.clock.now() },
    )
    const answer = await sendRaw(api.url, { query })
    expect(answer.json.ret_code).toBe(1200)
    const forged = (await api.client.describeAuditEvents({ request_id: answer.requestId! })).audit_event_set
    expect(forged).toEqual([
      expect.objectContaining({ user_id: null, access_key_id: api.root.access_key_id, action: 'DescribeZones', ret_code: 1200 }),
    ])
    expect(forged[0]!.params).not.toHaveProperty('signature')

    const { instances } = await api.client.runInstances({
      ...basicInstance,
      login_passwd: 'Hunter2Secret',
      need_userdata: 1,
      userdata_type: 'plain',
      userdata_value: Buffer.from('#!/bin/sh\necho secret').toString('base64'),
    })
    const [run] = (await api.client.describeAuditEvents({ resource: instances[0]! })).audit_event_set
    expect(run!.params).toMatchObject({
      action: 'RunInstances',
      login_passwd: '[redacted]',
      userdata_value: '[redacted]',
      instance_type: 'c1m1',
    })
    expect(JSON.stringify(run)).not.toContain('Hunter2Secret')
  })

  it("commits a change's event with the change: a change rolled back after its event was written leaves only its failure", async () => {
    await using api = await startTestServer()
    const { instances } = await api.client.runInstances(basicInstance)
    const instance = instances[0]!
    await api.drainJobs()
    const audit = api.app.audit!
    const writeNow = audit.writeNow.bind(audit)
    // The event is in the transaction, then the transaction fails: both must be undone together.
    audit.writeNow = async (tx, event) => {
      await writeNow(tx, event)
      throw new Error('the store failed after the event was written')
    }
    try {
      expect((await refusal(api.client.modifyInstanceAttributes({ instance, description: 'rolled back' }))).ret_code).toBe(5000)
    } finally {
      audit.writeNow = writeNow
    }
    const [kept] = (await api.client.describeInstances({ instances: [instance] })).instance_set
    expect(kept!.description).not.toBe('rolled back')
    const events = (await api.client.describeAuditEvents({ action_name: 'ModifyInstanceAttributes' })).audit_event_set
    expect(events.map((e) => e.ret_code)).toEqual([5000])

    api.clock.advance(1_000) // events of one instant are ordered by their request ids
    await api.client.modifyInstanceAttributes({ instance, description: 'kept' })
    const modified = (await api.client.describeAuditEvents({ action_name: 'ModifyInstanceAttributes' })).audit_event_set
    expect(modified.map((e) => [e.ret_code, e.resource_ids])).toEqual([
      [0, [instance]],
      [5000, [instance]],
    ])
  })

  it("reads the events another process's changes left in the outbox", async () => {
    await using api = await startTestServer()
    await api.client.describeZones()
    const [own] = (await api.client.describeAuditEvents({ action_name: 'DescribeZones' })).audit_event_set
    // What a change of another process (or of one that stopped before moving it) leaves behind.
    const db = api.app.database.db
    const row = await db.selectFrom('audit_events').selectAll().where('request_id', '=', own!.request_id).executeTakeFirstOrThrow()
    const other = { ...row, request_id: 'feedfacecafe', action: 'ModifyInstanceAttributes', resource_ids: '["i-12345678"]' }
    await api.app.database.transaction((tx) => tx.db.insertInto('audit_outbox').values(other).execute())
    const [found] = (await api.client.describeAuditEvents({ resource: 'i-12345678' })).audit_event_set
    expect(found).toMatchObject({ request_id: 'feedfacecafe', action: 'ModifyInstanceAttributes', resource_ids: ['i-12345678'] })
    expect(await db.selectFrom('audit_outbox').selectAll().execute()).toEqual([])
  })

  it('is not written with QINGSTACK_AUDIT=0, and the action answers an empty log', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_AUDIT: '0' } })
    await api.client.describeZones()
    expect((await api.client.describeAuditEvents()).total_count).toBe(0)
  })

  it('moves an outbox of several batches whole, and an empty one without a write', async () => {
    await using api = await startTestServer()
    await api.client.describeZones()
    const [own] = (await api.client.describeAuditEvents({ action_name: 'DescribeZones' })).audit_event_set
    const db = api.app.database.db
    const row = await db.selectFrom('audit_events').selectAll().where('request_id', '=', own!.request_id).executeTakeFirstOrThrow()
    const others = Array.from({ length: 2 * AUDIT_MOVE_CHUNK + 1 }, (_, i) => ({
      ...row,
      request_id: `feed${String(i).padStart(8, '0')}`,
      resource_ids: `["i-${String(i).padStart(8, '0')}"]`,
    }))
    await api.app.database.transaction((tx) => tx.db.insertInto('audit_outbox').values(others).execute())
    await api.app.audit!.flush()
    expect(await db.selectFrom('audit_outbox').selectAll().execute()).toEqual([])
    const moved = await db.selectFrom('audit_event_resources').select('resource_id').where('request_id', 'like', 'feed%').execute()
    expect(moved).toHaveLength(others.length)

    const transaction = vi.spyOn(api.app.database, 'transaction')
    await api.app.audit!.flush()
    expect(transaction).not.toHaveBeenCalled()
  })

  it('keeps events QINGSTACK_AUDIT_DAYS days, swept by the worker with their resource ids', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_AUDIT_DAYS: '1' } })
    const instance = (await api.client.runInstances(basicInstance)).instances[0]!
    await api.app.audit!.flush()
    api.clock.advance(2 * 24 * 3600_000)
    await api.client.modifyInstanceAttributes({ instance, description: 'kept' })
    await api.app.audit!.flush()
    const db = api.app.database.db
    expect(await db.selectFrom('audit_event_resources').select('resource_id').where('resource_id', '=', instance).execute()).toHaveLength(2)
    expect(await api.app.worker.sweepAuditLog()).toBe(1)
    const [kept] = (await api.client.describeAuditEvents({ resource: instance })).audit_event_set
    expect(kept!.action).toBe('ModifyInstanceAttributes')
    expect(await db.selectFrom('audit_event_resources').select('request_id').where('resource_id', '=', instance).execute()).toEqual([
      { request_id: kept!.request_id },
    ])
  })
})
