import type { InstanceImage } from '../../protocol/records/instance.js'
import type { SnapshotStatus, SnapshotTransition } from '../../protocol/records/snapshot.js'
import { checkMove, type Move } from './moves.js'

export type SnapshotMove = Move<SnapshotStatus, SnapshotTransition>

/** The snapshot state machine (docs/compat.md#resource-states); creation is pending/creating → available. */
export const snapshotMoves = {
  delete: { from: ['available'], transition: 'deleting', to: 'deleted', verb: 'deleted' },
  /** Using a point (apply, make a volume or an image of it) changes nothing of the point itself. */
  use: { from: ['available'], transition: '', to: 'same', verb: 'used' },
} as const satisfies Record<string, SnapshotMove>

export function checkSnapshotMove(
  snapshot: { snapshot_id: string; status: SnapshotStatus; transition_status: SnapshotTransition },
  move: SnapshotMove,
): void {
  checkMove({ label: 'snapshot', id: snapshot.snapshot_id }, snapshot, move)
}

/** The head point a new point may follow: the resource's current point, live. */
export interface ChainHead {
  snapshot_id: string
  root_id: string
}

/**
 * Where a new point of a resource goes (docs/compat.md#snapshot-chains): a full point starts a chain
 * (`parent_id` "self", `root_id` itself) when asked with `is_full=1` or when the resource has no
 * live head; otherwise an incremental point follows the head in its chain.
 */
export function chainPlace(
  snapshot_id: string,
  head: ChainHead | undefined,
  is_full: boolean,
): { snapshot_type: number; parent_id: string; root_id: string } {
  if (is_full || !head) return { snapshot_type: 1, parent_id: 'self', root_id: snapshot_id }
  return { snapshot_type: 0, parent_id: head.snapshot_id, root_id: head.root_id }
}

/**
 * A simulated point's size in MB: a full point holds the whole disk, an incremental one a tenth
 * of it (no data plane tells what changed).
 */
export function pointSize(diskGb: number, snapshot_type: number): number {
  const full = diskGb * 1024
  return snapshot_type === 1 ? full : Math.ceil(full / 10)
}

/**
 * The points that depend on `ids` within their chains (their descendants), `ids` included:
 * deleting a point takes the later points built on it along (docs/compat.md).
 */
export function withDescendants(ids: readonly string[], points: ReadonlyArray<{ snapshot_id: string; parent_id: string }>): string[] {
  const children = new Map<string, string[]>()
  for (const point of points) {
    const list = children.get(point.parent_id)
    if (list) list.push(point.snapshot_id)
    else children.set(point.parent_id, [point.snapshot_id])
  }
  const out = new Set<string>()
  const visit = (id: string): void => {
    if (out.has(id)) return
    out.add(id)
    for (const child of children.get(id) ?? []) visit(child)
  }
  ids.forEach(visit)
  return [...out]
}

/** What a volume's point holds (`snapshots.source`). */
export interface VolumeSource {
  size: number
  volume_type: number
}

/** What an instance's point holds: its OS disk as made from an image. */
export interface InstanceSource {
  image: InstanceImage
  os_disk_size: number
  instance_type: string
}

export function volumeSource(source: string): VolumeSource {
  return JSON.parse(source) as VolumeSource
}

export function instanceSource(source: string): InstanceSource {
  return JSON.parse(source) as InstanceSource
}
