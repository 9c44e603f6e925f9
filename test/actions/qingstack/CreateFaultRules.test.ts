import { describe, expect, it } from 'vitest'
import { QingApiError } from '../../../src/sdk/index.js'
import { basicInstance, instanceStates } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('CreateFaultRules', () => {
  it('makes the next two RunInstances answer 5100 and the third succeed', async () => {
    await using api = await startTestServer()
    const { fault_rules } = await api.client.createFaultRules({
      fault_action: 'RunInstances',
      count: 2,
      ret_code: 5100,
      message: 'try again',
    })
    for (let i = 0; i < 2; i++) {
      const busy = await refusal(api.client.runInstances({ ...basicInstance }))
      expect([busy.ret_code, busy.message]).toEqual([5100, 'ServerBusy, try again'])
    }
    const { instances } = await api.client.runInstances({ ...basicInstance })
    await api.drainJobs()
    expect(await instanceStates(api.client, instances)).toEqual([['running', '']])
    // Nothing was created by the refused two.
    expect((await api.client.describeInstances({})).total_count).toBe(1)
    expect((await api.client.describeFaultRules({ fault_rules })).fault_rule_set[0]).toMatchObject({
      remaining: 0,
      hits: 2,
      status: 'spent',
    })
    // The audit log names the rule that answered the two refused requests, and none for the third
    // (all three at one fake instant: their order is not asserted).
    const events = (await api.client.describeAuditEvents({ action_name: 'RunInstances' })).audit_event_set
    expect(events.map((e) => [e.ret_code, e.fault_rule_id]).sort()).toEqual([
      [0, null],
      [5100, fault_rules[0]],
      [5100, fault_rules[0]],
    ])
  })

  it('fails the job after its normal time: the RunInstances job is failed and its instance ceased, its volume released', async () => {
    await using api = await startTestServer()
    await api.client.createFaultRules({ fault_action: 'RunInstances', count: 1, fail_job: 5200 })
    const { volumes } = await api.client.createVolumes({ size: 10 })
    await api.drainJobs()
    const { instances, job_id } = await api.client.runInstances({ ...basicInstance, volumes })
    await api.app.worker.runDue()
    expect(await instanceStates(api.client, instances)).toEqual([['pending', 'creating']])
    await api.drainJobs()
    const [job] = (await api.client.describeJobs({ jobs: [job_id] })).job_set
    expect(job).toMatchObject({ status: 'failed', error_codes: '5200' })
    expect((await api.client.describeInstances({ instances, verbose: 1 })).instance_set[0]).toMatchObject({ status: 'ceased' })
    expect((await api.client.describeVolumes({ volumes })).volume_set[0]).toMatchObject({ status: 'available', transition_status: '' })
    // The rule is spent: the next one runs.
    const next = await api.client.runInstances({ ...basicInstance })
    await api.drainJobs()
    expect(await instanceStates(api.client, next.instances)).toEqual([['running', '']])
  })

  it('matches a prefix for one user only, delays or drops, and never touches qingstack’s own actions', async () => {
    await using api = await startTestServer()
    const alice = await api.newUser('alice@example.com')
    await api.client.createFaultRules({ fault_action: 'Describe*', user: 'alice@example.com', count: 1, ret_code: 2500 })
    expect((await api.client.describeVolumes({})).total_count).toBe(0)
    expect((await refusal(alice.client.describeVolumes({}))).ret_code).toBe(2500)
    expect((await alice.client.describeVolumes({})).total_count).toBe(0)

    await api.client.createFaultRules({ fault_action: 'CreateVolumes', count: 1, drop: true })
    const dropped = await api.client.createVolumes({ size: 10 }).catch((e: unknown) => e)
    expect(dropped).toBeInstanceOf(Error)
    expect(dropped).not.toBeInstanceOf(QingApiError)
    expect((await api.client.describeVolumes({})).total_count).toBe(0)

    await api.client.createFaultRules({ fault_action: 'CreateVolumes', count: 1, delay_ms: 20 })
    expect((await api.client.createVolumes({ size: 10 })).volumes).toHaveLength(1)

    const all = await api.client.createFaultRules({ fault_action: '*', count: 1, ret_code: 5100 })
    expect((await api.client.describeClock()).offset_seconds).toBe(0)
    expect((await api.client.describeFaultRules({ fault_rules: all.fault_rules })).fault_rule_set[0]).toMatchObject({
      remaining: 1,
      hits: 0,
    })
  })

  it('answers 1100 naming the parameter for a bad rule, and 1400 to anyone but root', async () => {
    await using api = await startTestServer()
    const twoEffects = await refusal(api.client.createFaultRules({ fault_action: 'RunInstances', count: 1, ret_code: 5100, drop: true }))
    expect([twoEffects.ret_code, twoEffects.message]).toEqual([
      1100,
      'InvalidParameter, parameter [ret_code] or delay_ms, fail_job or drop: give exactly one effect',
    ])
    const noCount = await refusal(api.client.createFaultRules({ fault_action: 'RunInstances', ret_code: 5100 }))
    expect(noCount.message).toContain('[count]')
    const badCode = await refusal(api.client.createFaultRules({ fault_action: 'RunInstances', count: 1, ret_code: 4242 }))
    expect(badCode.message).toContain('[ret_code]')
    const badProbability = await refusal(api.client.createFaultRules({ fault_action: 'RunInstances', probability: '1.5', ret_code: 5100 }))
    expect(badProbability.message).toContain('[probability]')
    const badAction = await refusal(api.client.createFaultRules({ fault_action: 'Run*Instances', count: 1, ret_code: 5100 }))
    expect(badAction.message).toContain('[fault_action]')
    expect(
      (await refusal(api.client.createFaultRules({ fault_action: 'X', count: 1, ret_code: 5100, user: 'nobody@example.com' }))).ret_code,
    ).toBe(2100)
    const alice = await api.newUser()
    expect((await refusal(alice.client.createFaultRules({ fault_action: 'RunInstances', count: 1, ret_code: 5100 }))).ret_code).toBe(1400)
    expect((await api.client.describeFaultRules({})).total_count).toBe(0)
  })

  it('with a probability of 1 applies until it expires on the wall clock', async () => {
    await using api = await startTestServer()
    await api.client.createFaultRules({ fault_action: 'DescribeVolumes', probability: '1', expires_in: 60, ret_code: 5100 })
    expect((await refusal(api.client.describeVolumes({}))).ret_code).toBe(5100)
    expect((await refusal(api.client.describeVolumes({}))).ret_code).toBe(5100)
    await api.client.advanceClock({ seconds: 3600 }) // the world's clock does not expire it
    expect((await refusal(api.client.describeVolumes({}))).ret_code).toBe(5100)
    api.clock.advance(61_000)
    expect((await api.client.describeVolumes({})).total_count).toBe(0)
    expect((await api.client.describeFaultRules({})).fault_rule_set[0]).toMatchObject({ status: 'expired', hits: 3 })
  })

  it('with a probability of 0.5 answers about half the matching requests, each one it answers counted as a hit', async () => {
    await using api = await startTestServer()
    await api.client.createFaultRules({ fault_action: 'DescribeVolumes', probability: '0.5', ret_code: 5100 })
    const REQUESTS = 200
    let faulted = 0
    for (let i = 0; i < REQUESTS; i++) {
      try {
        await api.client.describeVolumes({})
      } catch (error) {
        expect((error as { ret_code: number }).ret_code).toBe(5100)
        faulted++
      }
    }
    // Binomial(200, 0.5): outside 50..150 once in about 10^12 runs; 0 or 200 is what a rule ignoring its probability gives.
    expect(faulted).toBeGreaterThanOrEqual(50)
    expect(faulted).toBeLessThanOrEqual(150)
    expect((await api.client.describeFaultRules({})).fault_rule_set[0]).toMatchObject({ status: 'active', hits: faulted })
  })
})
