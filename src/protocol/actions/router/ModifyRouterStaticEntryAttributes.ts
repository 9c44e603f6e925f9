import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const ModifyRouterStaticEntryAttributes = defineAction({
  name: 'ModifyRouterStaticEntryAttributes',
  service: 'router',
  summary: "Change one router static entry's name or values; its router needs UpdateRouters.",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'router' },
  params: {
    router_static_entry: p.id('router_static_entry').required().describe('one entry ID'),
    router_static_entry_name: p.string({ max: 256 }).keepEmpty().describe('new name'),
    val1: p.string({ max: 1024 }).keepEmpty().describe('new first value'),
    val2: p.string({ max: 1024 }).keepEmpty().describe('new second value'),
  },
  response: {
    router_static_entry_id: z.string(),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
