import { describe, expect, it } from 'vitest'
import { QingApiError, type QingClient } from '../../src/sdk/index.js'
import { basicInstance } from '../harness/compute.js'
import { testDialect } from '../harness/dialect.js'
import { eventually, processStore, spawnServer } from '../harness/process.js'

const postgres = testDialect() === 'postgres'
/** On PostgreSQL two processes share the port and the store; SQLite serves from one. */
const processes = postgres ? ['--processes', '2'] : []

async function instanceStatus(client: QingClient, id: string): Promise<string> {
  return (await client.describeInstances({ instances: [id] })).instance_set[0]!.status
}

describe('the operator’s controls across processes', () => {
  it('AdvanceClock completes a pending, realistic RunInstances within a second', async () => {
    await using store = await processStore()
    const server = await spawnServer(store, { QINGSTACK_TIMING: 'realistic' }, processes)
    try {
      const client = server.client()
      const { instances, job_id } = await client.runInstances({ ...basicInstance })
      await eventually(
        async () => ((await client.describeJobs({ jobs: [job_id] })).job_set[0]!.status === 'working' ? true : undefined),
        5000,
        'the job to start',
      )
      expect(await instanceStatus(client, instances[0]!)).toBe('pending')
      await client.advanceClock({ seconds: 60 })
      await eventually(
        async () => ((await instanceStatus(client, instances[0]!)) === 'running' ? true : undefined),
        1000,
        'the instance to run',
      )
      expect((await client.describeJobs({ jobs: [job_id] })).job_set[0]!.status).toBe('successful')
    } finally {
      await server.kill()
    }
  })

  it('a counted fault rule applies exactly its count, whichever process answers', async () => {
    await using store = await processStore()
    const server = await spawnServer(store, { QINGSTACK_TIMING: 'instant' }, processes)
    try {
      const client = server.client()
      await client.createFaultRules({ fault_action: 'DescribeVolumes', count: 3, ret_code: 5100 })
      let refused = 0
      let answered = 0
      // Every process applies the rule within a second; twenty answers after the third refusal show no fourth.
      await eventually(
        async () => {
          const calls = await Promise.all(
            Array.from({ length: 4 }, () =>
              client.describeVolumes({}).then(
                () => 'ok',
                (e: unknown) => (e instanceof QingApiError && e.ret_code === 5100 ? 'busy' : Promise.reject(e)),
              ),
            ),
          )
          for (const call of calls) {
            if (call === 'busy') refused++
            else if (refused === 3) answered++
          }
          return answered >= 20 ? true : undefined
        },
        5000,
        'the rule to be spent',
      )
      expect(refused).toBe(3)
      expect((await client.describeFaultRules({})).fault_rule_set[0]).toMatchObject({ remaining: 0, hits: 3, status: 'spent' })
    } finally {
      await server.kill()
    }
  })
})
