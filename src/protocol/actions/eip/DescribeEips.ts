import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { Eip, eipStatuses } from '../../records/network.js'

export const DescribeEips = defineAction({
  name: 'DescribeEips',
  service: 'eip',
  summary: "List the caller's EIPs in a zone; released ones only when asked for by ID or status.",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'eip' },
  params: {
    eips: p.list(p.id('eip')).describe('EIP IDs; an unknown ID is an error'),
    instance_id: p.id('instance').describe('only the EIP associated with this instance'),
    status: p.list(p.enum(eipStatuses)).describe('EIP statuses to return'),
    // Not in QingCloud's table (docs/compat.md#eip-group-filter); QingCloud's clients send it (docs/compat.md).
    eip_group: p.string({ max: 64 }).describe('only EIPs of this EIP group (eipg-00000000 is the default one)'),
    search_word: p.string({ max: 256 }).describe('matches the ID, the name or the address'),
    tags: p.list(p.id('tag')).describe('only EIPs bound to any of these tags'),
    owner: p.id('user').describe('only EIPs of this user'),
    ...p.listing(),
  },
  response: {
    eip_set: z.array(Eip),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
