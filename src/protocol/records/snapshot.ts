import { z } from 'zod'
import { TagRef } from './tag.js'

/** Snapshot statuses and transitions (docs/compat.md#resource-states). */
export const snapshotStatuses = ['pending', 'available', 'suspended', 'deleted', 'ceased'] as const
export type SnapshotStatus = (typeof snapshotStatuses)[number]
export const snapshotTransitions = ['', 'creating', 'suspending', 'resuming', 'deleting', 'recovering'] as const
export type SnapshotTransition = (typeof snapshotTransitions)[number]

/** What a snapshot can be taken of. */
export const snapshotResourceTypes = ['instance', 'volume'] as const
export type SnapshotResourceType = (typeof snapshotResourceTypes)[number]

/**
 * A snapshot ("backup point") record of DescribeSnapshots (docs/api/snapshot.md#describesnapshots, Go `Snapshot`). Full
 * points (`snapshot_type` 1) also carry their chain's totals; the latest time is spelled both as
 * the docs (`lastest_snapshot_time`) and as Go (`latest_snapshot_time`) read it (docs/compat.md#snapshot-fields).
 */
export const Snapshot = z.object({
  snapshot_id: z.string(),
  snapshot_name: z.string(),
  description: z.string().nullable(),
  snapshot_type: z.number().int(),
  status: z.enum(snapshotStatuses),
  transition_status: z.enum(snapshotTransitions),
  sub_code: z.number().int(),
  create_time: z.string(),
  status_time: z.string(),
  snapshot_time: z.string(),
  is_taken: z.number().int(),
  is_head: z.number().int(),
  root_id: z.string(),
  parent_id: z.string(),
  /** MB. */
  size: z.number().int(),
  resource: z.object({ resource_id: z.string(), resource_name: z.string(), resource_type: z.enum(snapshotResourceTypes) }),
  owner: z.string(),
  zone_id: z.string(),
  tags: z.array(TagRef),
  total_size: z.number().int().optional(),
  total_count: z.number().int().optional(),
  lastest_snapshot_time: z.string().optional(),
  latest_snapshot_time: z.string().optional(),
  head_chain: z.number().int().optional(),
})
export type Snapshot = z.infer<typeof Snapshot>
