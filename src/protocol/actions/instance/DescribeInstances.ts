import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { Instance, instanceClasses, instanceStatuses, instanceTransitions } from '../../records/instance.js'

export const DescribeInstances = defineAction({
  name: 'DescribeInstances',
  service: 'instance',
  summary: "List the caller's instances in a zone; terminated ones stay listed, ceased ones only when asked for.",
  mode: 'sync',
  zone: 'required',
  permission: { resource: 'instance' },
  params: {
    instances: p.list(p.id('instance')).describe('instance IDs; unknown IDs are left out'),
    image_id: p.list(p.id()).describe('only instances of these images'),
    instance_type: p.list(p.string({ max: 64 })).describe('only instances of these types'),
    instance_class: p.int({ allowed: instanceClasses }).describe('only instances of this class'),
    vcpus_current: p.int({ min: 1 }).describe('only instances with this many CPUs'),
    memory_current: p.int({ min: 1 }).describe('only instances with this much memory (MB)'),
    os_disk_size: p.int({ min: 1 }).describe('only instances with this OS disk size (GB)'),
    exclude_reserved: p.int({ allowed: [0, 1] }).describe('1 omits reserved instances (qingstack has none)'),
    status: p.list(p.enum(instanceStatuses)).describe('instance statuses to return'),
    search_word: p.searchWord(),
    tags: p.list(p.id('tag')).describe('only instances bound to any of these tags'),
    instance_name: p.string({ max: 256 }).describe('only instances with exactly this name'),
    transition_status: p
      .enum(instanceTransitions.filter((t) => t !== '') as [string, ...string[]])
      .describe('only instances in this transition'),
    not_transition: p.flag().describe('1 lists only settled instances'),
    vxnet: p.id('vxnet').describe('only instances with a NIC in this network'),
    dedicated_host_group_id: p.string({ max: 64 }).describe('only instances in this dedicated host group (qingstack has none)'),
    dedicated_host_id: p.string({ max: 64 }).describe('only instances on this dedicated host (qingstack has none)'),
    owner: p.id('user').describe('only instances of this user'),
    ...p.listing(),
  },
  response: {
    instance_set: z.array(Instance),
    total_count: z.number().int(),
  },
  errors: ['InvalidParameter', 'PermissionDenied'],
})
