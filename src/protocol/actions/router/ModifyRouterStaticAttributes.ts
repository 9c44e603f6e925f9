import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const ModifyRouterStaticAttributes = defineAction({
  name: 'ModifyRouterStaticAttributes',
  service: 'router',
  summary: "Change one router static's name, values or disabled flag; its router needs UpdateRouters (is_applied 0).",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'router' },
  params: {
    router_static: p.id('router_static').required().describe('one static ID'),
    router_static_name: p.string({ max: 256 }).keepEmpty().describe('new name'),
    val1: p.string({ max: 1024 }).keepEmpty().describe('new first value'),
    val2: p.string({ max: 1024 }).keepEmpty().describe('new second value'),
    val3: p.string({ max: 1024 }).keepEmpty().describe('new third value'),
    val4: p.string({ max: 1024 }).keepEmpty().describe('new fourth value'),
    val5: p.string({ max: 1024 }).keepEmpty().describe('new fifth value'),
    val6: p.string({ max: 1024 }).keepEmpty().describe('new sixth value'),
    // QingCloud's page does not list it (docs/compat.md#disabled-statics); the Python SDK and the CLI
    // (-D/-E) send it. Like any static change it takes effect with UpdateRouters (docs/compat.md#disabled-statics).
    disabled: p.int({ allowed: [0, 1] }).describe('1 disables the static (kept, not applied), 0 enables it'),
  },
  response: {
    router_static_id: z.string(),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
