import type { QingClient } from '../../src/sdk/index.js'
import type { TestServer } from './server.js'

type RunInput = Parameters<QingClient['runInstances']>[0]

/** A small Linux instance with a password login: what most tests start from. */
export const basicInstance = { image_id: 'centos7x64d', instance_type: 'c1m1', login_mode: 'passwd', login_passwd: 'Secret2026' } as const

/** Creates instances and drains the jobs: they are running when this resolves. */
export async function runningInstances(api: TestServer, input: Partial<RunInput> = {}, client: QingClient = api.client): Promise<string[]> {
  const { instances } = await client.runInstances({ ...basicInstance, ...input })
  await api.drainJobs()
  return instances
}

/** Creates instances and stops them; they are stopped and settled when this resolves. */
export async function stoppedInstances(api: TestServer, input: Partial<RunInput> = {}): Promise<string[]> {
  const instances = await runningInstances(api, input)
  await api.client.stopInstances({ instances })
  await api.drainJobs()
  return instances
}

/** `[status, transition_status]` of each instance, in the order asked. */
export async function instanceStates(client: QingClient, instances: readonly string[]): Promise<Array<[string, string]>> {
  const found = await client.describeInstances({ instances: [...instances], limit: 100 })
  const byId = new Map(found.instance_set.map((i) => [i.instance_id, [i.status, i.transition_status] as [string, string]]))
  return instances.map((id) => byId.get(id) ?? ['(missing)', ''])
}

/** The status of one job. */
export async function jobStatus(client: QingClient, job_id: string): Promise<string> {
  return (await client.describeJobs({ jobs: [job_id] })).job_set[0]!.status
}
