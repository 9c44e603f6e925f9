import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { RouterStaticEntry } from '../../records/network.js'

export const DescribeRouterStaticEntries = defineAction({
  name: 'DescribeRouterStaticEntries',
  service: 'router',
  summary: "List the entries of the caller's router statics.",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'router' },
  params: {
    // QingCloud's page for this action is thin (docs/compat.md#router-static-entries); the Python SDK sends
    // `router_static_entries.N` (docs/compat.md). Unknown IDs are left out, as in DescribeRouterStatics.
    router_static_entries: p.list(p.id('router_static_entry')).describe('entry IDs; unknown IDs are left out'),
    router_static_entry_id: p.id('router_static_entry').describe('one entry ID'),
    router_static: p.id('router_static').describe('only entries of this static'),
    offset: p.offset(),
    limit: p.limit(),
  },
  response: {
    router_static_entry_set: z.array(RouterStaticEntry),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter', 'PermissionDenied'],
})
