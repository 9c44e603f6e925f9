import { Vxnet } from '../records/network.js'
import { defineResourceType } from './define.js'

export const vxnet = defineResourceType({
  prefix: 'vxnet-',
  label: 'vxnet',
  records: { schema: Vxnet, setKey: 'vxnet_set', idField: 'vxnet_id' },
  project: { item: 'several' },
  quotaKeys: ['vxnet'],
})
