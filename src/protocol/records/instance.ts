import { z } from 'zod'
import { InstanceEip } from './network.js'
import { TagRef } from './tag.js'

/** Instance statuses (docs/compat.md#resource-states). */
export const instanceStatuses = ['pending', 'running', 'stopped', 'suspended', 'terminated', 'ceased'] as const
export type InstanceStatus = (typeof instanceStatuses)[number]

/** The docs' nine transition values, plus `resizing` (docs/compat.md#resizing-transition); `''` once settled. */
export const instanceTransitions = [
  '',
  'creating',
  'starting',
  'stopping',
  'restarting',
  'suspending',
  'resuming',
  'terminating',
  'recovering',
  'resetting',
  'resizing',
] as const
export type InstanceTransition = (typeof instanceTransitions)[number]

/** `instance_class`: 0 performance, 1 high performance, 101 basic, 201 enterprise. */
export const instanceClasses = [0, 1, 101, 201] as const

/** The image as embedded in an instance record; `size` repeats `image_size` for Go (docs/compat.md#embedded-image). */
export const InstanceImage = z.object({
  image_id: z.string(),
  image_name: z.string(),
  image_size: z.number().int(),
  size: z.number().int(),
  os_family: z.string(),
  platform: z.string(),
  processor_type: z.string(),
  provider: z.string(),
})
export type InstanceImage = z.infer<typeof InstanceImage>

/** One NIC (docs/compat.md#nic-role, Go `NICVxNet`). */
export const InstanceVxnet = z.object({
  vxnet_id: z.string(),
  vxnet_name: z.string(),
  vxnet_type: z.number().int(),
  nic_id: z.string(),
  private_ip: z.string(),
  role: z.number().int(),
})
export type InstanceVxnet = z.infer<typeof InstanceVxnet>

/** An instance record of DescribeInstances (docs/api/instance.md#describeinstances; Go `Instance`). */
export const Instance = z.object({
  instance_id: z.string(),
  instance_name: z.string(),
  description: z.string().nullable(),
  instance_type: z.string(),
  vcpus_current: z.number().int(),
  memory_current: z.number().int(),
  instance_class: z.number().int(),
  os_disk_size: z.number().int(),
  /**
   * Go's `Extra` (QingCloud's docs list it as optional, docs/compat.md#instance-extra): QingCloud's Terraform provider
   * reads `extra.os_disk_size` of every instance without a nil check (resource_qingcloud_instance.go).
   */
  extra: z.object({ os_disk_size: z.number().int(), nic_mqueue: z.number().int() }),
  status: z.enum(instanceStatuses),
  transition_status: z.enum(instanceTransitions),
  sub_code: z.number().int(),
  create_time: z.string(),
  status_time: z.string(),
  image: InstanceImage,
  vxnets: z.array(InstanceVxnet),
  tags: z.array(TagRef),
  owner: z.string(),
  zone_id: z.string(),
  /** Present only while an EIP is associated (docs/compat.md#embedded-objects). */
  eip: InstanceEip.optional(),
  /** Only with `verbose=1`. */
  security_group: z.object({ security_group_id: z.string(), is_default: z.number().int() }).optional(),
  volume_ids: z.array(z.string()).optional(),
  keypair_ids: z.array(z.string()).optional(),
  volumes: z.array(z.object({ volume_id: z.string(), device: z.string(), size: z.number().int() })).optional(),
})
export type Instance = z.infer<typeof Instance>

/** An item of DescribeInstanceTypes (docs/api/instance.md#describeinstancetypes). */
export const InstanceType = z.object({
  instance_type_id: z.string(),
  instance_type_name: z.string(),
  description: z.string(),
  vcpus_current: z.number().int(),
  memory_current: z.number().int(),
  status: z.enum(['available', 'deprecated']),
  zone_id: z.string(),
})
export type InstanceType = z.infer<typeof InstanceType>
