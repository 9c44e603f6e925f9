import { sql } from 'kysely'
import type { Tx } from '../database.js'

/** What waits in the recycle bin, and in which status (docs/compat.md#recycle-bin). */
const bins = [
  { table: 'instances', id: 'instance_id', status: 'terminated' },
  { table: 'volumes', id: 'volume_id', status: 'deleted' },
  { table: 'images', id: 'image_id', status: 'deleted' },
  { table: 'snapshots', id: 'snapshot_id', status: 'deleted' },
] as const

export type Bin = (typeof bins)[number]['table']

/**
 * Everything that has waited in its bin since `cutoff` or earlier becomes ceased at `at`; returns
 * the ids per table. Only rows still in the bin status change, so concurrent sweeps cease each once.
 */
export async function ceaseBinnedBefore(tx: Tx, cutoff: string, at: string): Promise<Record<Bin, string[]>> {
  const ceased = {} as Record<Bin, string[]>
  for (const bin of bins) {
    const { rows } = await sql<{ id: string }>`
      update ${sql.table(bin.table)} set status = 'ceased', status_time = ${at}
      where status = ${bin.status} and status_time <= ${cutoff}
      returning ${sql.ref(bin.id)} as id`.execute(tx.db)
    ceased[bin.table] = rows.map((row) => row.id)
  }
  return ceased
}
