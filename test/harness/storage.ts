import type { QingClient } from '../../src/sdk/index.js'
import type { TestServer } from './server.js'

/** Creates volumes and drains the job: they are available when this resolves. */
export async function availableVolumes(
  api: TestServer,
  input: Partial<Parameters<QingClient['createVolumes']>[0]> = {},
): Promise<string[]> {
  const { volumes } = await api.client.createVolumes({ size: 20, ...input })
  await api.drainJobs()
  return volumes
}

/** `[status, transition_status, instance_id, device]` of each volume, in the order asked. */
export async function volumeStates(client: QingClient, volumes: readonly string[]): Promise<Array<[string, string, string, string]>> {
  const found = await client.describeVolumes({
    volumes: [...volumes],
    status: ['pending', 'available', 'in-use', 'suspended', 'deleted', 'ceased'],
  })
  const byId = new Map(
    found.volume_set.map((v) => [
      v.volume_id,
      [v.status, v.transition_status, v.instance?.instance_id ?? '', v.instance?.device ?? ''] as [string, string, string, string],
    ]),
  )
  return volumes.map((id) => byId.get(id) ?? ['(missing)', '', '', ''])
}
