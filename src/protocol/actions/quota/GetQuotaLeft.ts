import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { QuotaLeft } from '../../records/quota.js'

export const GetQuotaLeft = defineAction({
  name: 'GetQuotaLeft',
  service: 'quota',
  summary: 'What the caller may still create in a zone, per quota item: its limit minus what it holds (never below 0).',
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'user' },
  params: {
    resource_types: p
      .list(p.string({ max: 64 }))
      .describe('quota items (instance, cpu, memory, volume, volume_size, ...); absent lists them all'),
  },
  response: {
    quota_left_set: z.array(QuotaLeft),
  },
  errors: ['InvalidParameter'],
})
