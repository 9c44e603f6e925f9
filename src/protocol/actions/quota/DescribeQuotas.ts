import { z } from 'zod'
import { defineAction } from '../../define.js'

export const DescribeQuotas = defineAction({
  name: 'DescribeQuotas',
  service: 'quota',
  summary: "The caller's quota limits in a zone, as one object keyed by quota item (docs/compat.md#quota-set).",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'user' },
  params: {},
  response: {
    user_id: z.string(),
    quota_set: z.record(z.string(), z.number().int()),
  },
  errors: [],
})
