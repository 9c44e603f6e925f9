import { AccessKey } from '../records/access-key.js'
import { defineResourceType } from './define.js'

export const access_key = defineResourceType({
  prefix: '',
  label: 'access key',
  records: { schema: AccessKey, setKey: 'access_key_set', idField: 'access_key_id' },
})
