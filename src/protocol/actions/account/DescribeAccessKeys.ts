import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { AccessKey, accessKeyStatuses } from '../../records/access-key.js'

export const DescribeAccessKeys = defineAction({
  name: 'DescribeAccessKeys',
  service: 'account',
  summary: "List the caller's API access keys, never their secrets; keys are made and removed with `qingstack keys`.",
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'access_key' },
  params: {
    access_keys: p.list(p.id('access_key')).describe('access key IDs; unknown IDs are left out'),
    status: p.list(p.enum(accessKeyStatuses)).describe('key statuses to return'),
    search_word: p.searchWord(),
    owner: p.id('user').describe('only keys of this user'),
    ...p.listing(),
  },
  response: {
    access_key_set: z.array(AccessKey),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter', 'PermissionDenied'],
})
