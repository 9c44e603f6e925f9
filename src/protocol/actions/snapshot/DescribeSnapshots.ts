import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { Snapshot, snapshotStatuses } from '../../records/snapshot.js'

export const DescribeSnapshots = defineAction({
  name: 'DescribeSnapshots',
  service: 'snapshot',
  summary: "List the caller's backup points in a zone; full points carry their chain's totals.",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'snapshot' },
  params: {
    snapshots: p.list(p.id('snapshot')).describe('snapshot IDs; unknown IDs are left out'),
    resource_id: p.id().describe('only points of this instance or volume'),
    // Not in QingCloud's table (docs/compat.md#snapshot-root-id); QingCloud's clients send it (docs/compat.md).
    root_id: p.id('snapshot').describe("only points of the chain whose full point this is (each point's root_id)"),
    snapshot_type: p.int({ allowed: [0, 1] }).describe('1 full points only, 0 incremental ones only'),
    status: p.list(p.enum(snapshotStatuses)).describe('snapshot statuses to return'),
    search_word: p.searchWord(),
    tags: p.list(p.id('tag')).describe('only points bound to any of these tags'),
    owner: p.id('user').describe('only points of this user'),
    ...p.listing(),
  },
  response: {
    snapshot_set: z.array(Snapshot),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter', 'PermissionDenied'],
})
