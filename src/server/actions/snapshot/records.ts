import type { Snapshot } from '../../../protocol/records/snapshot.js'
import { wireTime } from '../../../protocol/time.js'
import { groupBy } from '../../domain/collections.js'
import type { Queryable } from '../../db/database.js'
import { chainPoints, isLive, type SnapshotRow } from '../../db/stores/snapshots.js'
import { tagRefs } from '../../services/tag-refs.js'

interface ChainTotals {
  total_size: number
  total_count: number
  latest: string
  head_chain: number
}

/** A full point's chain: the size and count of its live points, the latest time, whether the resource's head is in it. */
async function chainTotals(q: Queryable, rootIds: readonly string[]): Promise<Map<string, ChainTotals>> {
  const chains = groupBy((await chainPoints(q, rootIds)).filter(isLive), (point) => point.root_id)
  const totals = new Map<string, ChainTotals>()
  for (const [root, points] of chains) {
    totals.set(root, {
      total_size: points.reduce((sum, point) => sum + point.size, 0),
      total_count: points.length,
      latest: points.reduce((latest, point) => (point.snapshot_time > latest ? point.snapshot_time : latest), points[0]!.snapshot_time),
      head_chain: points.some((point) => point.is_head === 1) ? 1 : 0,
    })
  }
  return totals
}

/** Stored points as DescribeSnapshots shows them (docs/api/snapshot.md#describesnapshots, docs/compat.md#snapshot-fields). */
export async function snapshotRecords(q: Queryable, rows: readonly SnapshotRow[]): Promise<Snapshot[]> {
  const totals = await chainTotals(
    q,
    rows.filter((row) => row.snapshot_type === 1).map((row) => row.snapshot_id),
  )
  const tags = await tagRefs(
    q,
    rows.map((row) => row.snapshot_id),
  )
  return rows.map((row) => {
    const chain =
      row.snapshot_type === 1
        ? (totals.get(row.snapshot_id) ?? { total_size: 0, total_count: 0, latest: row.snapshot_time, head_chain: 0 })
        : undefined
    return {
      snapshot_id: row.snapshot_id,
      snapshot_name: row.snapshot_name,
      description: row.description,
      snapshot_type: row.snapshot_type,
      status: row.status,
      transition_status: row.transition_status,
      sub_code: row.sub_code,
      create_time: wireTime(row.create_time),
      status_time: wireTime(row.status_time),
      snapshot_time: wireTime(row.snapshot_time),
      is_taken: row.is_taken,
      is_head: row.is_head,
      root_id: row.root_id,
      parent_id: row.parent_id,
      size: row.size,
      resource: { resource_id: row.resource_id, resource_name: row.resource_name, resource_type: row.resource_type },
      owner: row.owner,
      zone_id: row.zone_id,
      tags: tags(row.snapshot_id),
      ...(chain
        ? {
            total_size: chain.total_size,
            total_count: chain.total_count,
            lastest_snapshot_time: wireTime(chain.latest),
            latest_snapshot_time: wireTime(chain.latest),
            head_chain: chain.head_chain,
          }
        : {}),
    }
  })
}
