import { describe, expect, it } from 'vitest'
import { instanceStates, jobStatus, runningInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('StopInstances', () => {
  it('takes running instances through stopping to stopped; the job succeeds in the same instant', async () => {
    await using api = await startTestServer()
    const instances = await runningInstances(api, { count: 2 })
    const { job_id } = await api.client.stopInstances({ instances })
    expect(await instanceStates(api.client, instances)).toEqual([
      ['running', 'stopping'],
      ['running', 'stopping'],
    ])
    await api.app.worker.runDue()
    expect(await jobStatus(api.client, job_id)).toBe('working')
    api.clock.advance(1000)
    await api.app.worker.runDue()
    expect(await instanceStates(api.client, instances)).toEqual([
      ['running', 'stopping'],
      ['running', 'stopping'],
    ])
    await api.drainJobs()
    expect(await jobStatus(api.client, job_id)).toBe('successful')
    expect(await instanceStates(api.client, instances)).toEqual([
      ['stopped', ''],
      ['stopped', ''],
    ])
    const [record] = (await api.client.describeInstances({ instances: [instances[0]!] })).instance_set
    expect(record!.status_time).toBe(new Date(api.clock.now()).toISOString().slice(0, 19) + 'Z')
  })

  it('answers 1400 naming the state for an instance that is not running, changing nothing (all or nothing)', async () => {
    await using api = await startTestServer()
    const [a, b] = await runningInstances(api, { count: 2 })
    await api.client.stopInstances({ instances: [a!] })
    const during = await refusal(api.client.stopInstances({ instances: [b!, a!] }))
    expect([during.ret_code, during.message]).toEqual([
      1400,
      `PermissionDenied, instance [${a}] is stopping, can not be stopped until it settles`,
    ])
    await api.drainJobs()
    const after = await refusal(api.client.stopInstances({ instances: [b!, a!] }))
    expect(after.message).toBe(`PermissionDenied, instance [${a}] is not running (it is stopped), can not be stopped`)
    expect(await instanceStates(api.client, [a!, b!])).toEqual([
      ['stopped', ''],
      ['running', ''],
    ])
    expect((await api.client.describeJobs({ job_action: 'StopInstances' })).total_count).toBe(1)
  })

  it('refuses a pending instance with 1400, an unknown one with 2100, another user’s as unknown (2100)', async () => {
    await using api = await startTestServer()
    const { instances } = await api.client.runInstances({
      image_id: 'centos7x64d',
      instance_type: 'c1m1',
      login_mode: 'passwd',
      login_passwd: 'Secret2026',
    })
    const pending = await refusal(api.client.stopInstances({ instances }))
    expect(pending.message).toContain('is creating, can not be stopped')
    const unknown = await refusal(api.client.stopInstances({ instances: ['i-nothere0'] }))
    expect([unknown.ret_code, unknown.message]).toEqual([2100, 'ResourceNotFound, instance [i-nothere0] does not exist'])
    const other = await api.newUser()
    const foreign = await refusal(other.client.stopInstances({ instances }))
    expect([foreign.ret_code, foreign.message]).toEqual([2100, `ResourceNotFound, instance [${instances[0]}] does not exist`])
    const missing = await refusal(api.client.call('StopInstances', {} as never))
    expect(missing.message).toBe('MissingParameter, parameter [instances] is required')
  })

  it('looks instances up in the request zone only', async () => {
    await using api = await startTestServer()
    const instances = await runningInstances(api)
    const elsewhere = await refusal(api.client.stopInstances({ instances, zone: 'sh1a' }))
    expect(elsewhere.ret_code).toBe(2100)
  })
})
