import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { FaultRule } from '../../records/operator.js'

export const DescribeFaultRules = defineAction({
  name: 'DescribeFaultRules',
  service: 'qingstack',
  summary: 'List the fault rules, oldest first, with how often each has applied and whether it is spent or expired.',
  mode: 'sync',
  zone: 'none',
  permission: { resource: 'monitor', operation: 'describe' },
  callers: 'root',
  params: {
    fault_rules: p.list(p.string({ max: 64 })).describe('fault rule IDs; unknown IDs are left out'),
    offset: p.offset(),
    limit: p.limit(),
  },
  response: {
    fault_rule_set: z.array(FaultRule),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter', 'PermissionDenied'],
})
