import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const ModifyEipAttributes = defineAction({
  name: 'ModifyEipAttributes',
  service: 'eip',
  summary: 'Rename or describe one EIP in any status; absent fields stay, an empty description clears it.',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'eip' },
  params: {
    eip: p.id('eip').required().describe('one EIP ID'),
    eip_name: p.string({ max: 256 }).keepEmpty().describe('new name'),
    description: p.string({ max: 1024 }).keepEmpty().describe('new description'),
  },
  response: {
    eip_id: z.string(),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
