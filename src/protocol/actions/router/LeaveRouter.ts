import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const LeaveRouter = defineAction({
  name: 'LeaveRouter',
  service: 'router',
  summary: 'Disconnect VxNets without instances from their router.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'router', operation: 'modify' },
  params: {
    router: p.id('router').required().describe('the router'),
    vxnets: p.list(p.id('vxnet')).required().describe('VxNets joined to it, without instances'),
  },
  response: {
    router_id: z.string(),
    vxnets: z.array(z.string()),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
  unbinds: ['router', 'vxnets'],
})
