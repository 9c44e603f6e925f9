import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const AddRouterStaticEntries = defineAction({
  name: 'AddRouterStaticEntries',
  service: 'router',
  summary: 'Add entries (VPN accounts, tunnel networks) to a router static; effective on UpdateRouters.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'router', operation: 'modify' },
  params: {
    router_static: p.id('router_static').required().describe('the static'),
    entries: p
      .objects({
        val1: p.string({ max: 1024 }).describe('account name, or a network'),
        val2: p.string({ max: 1024 }).describe('password, or a network'),
        router_static_entry_name: p.string({ max: 256 }).describe('name'),
      })
      .required()
      .describe('the entries, `entries.N.val1`'),
  },
  response: {
    router_static_entries: z.array(z.string()),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
