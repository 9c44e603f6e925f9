import type { QingClient } from '../../src/sdk/index.js'
import type { TestServer } from './server.js'

/** Takes points of `resources` and drains the job: they are available when this resolves. */
export async function takenSnapshots(
  api: TestServer,
  resources: string[],
  input: { is_full?: number; snapshot_name?: string } = {},
): Promise<string[]> {
  const { snapshots } = await api.client.createSnapshots({ resources, ...input })
  await api.drainJobs()
  return snapshots
}

/** The records of these points, in the order asked, whatever their status. */
export async function snapshotRecords(client: QingClient, snapshots: readonly string[]) {
  const found = await client.describeSnapshots({
    snapshots: [...snapshots],
    status: ['pending', 'available', 'suspended', 'deleted', 'ceased'],
    limit: 100,
  })
  const byId = new Map(found.snapshot_set.map((s) => [s.snapshot_id, s]))
  return snapshots.map((id) => byId.get(id)!)
}
