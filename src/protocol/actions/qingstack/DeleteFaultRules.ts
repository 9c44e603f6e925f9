import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const DeleteFaultRules = defineAction({
  name: 'DeleteFaultRules',
  service: 'qingstack',
  summary: 'Delete fault rules; every process stops applying them within a second.',
  mode: 'sync',
  zone: 'none',
  permission: { resource: 'monitor', operation: 'delete' },
  callers: 'root',
  params: {
    fault_rules: p
      .list(p.string({ max: 64 }))
      .required()
      .describe('fault rule IDs'),
  },
  response: {
    fault_rules: z.array(z.string()),
  },
  errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
})
