import type { InstanceStatus, InstanceTransition } from '../../../protocol/records/instance.js'

export interface InstancesTable {
  instance_id: string
  instance_name: string
  description: string | null
  instance_type: string
  vcpus_current: number
  memory_current: number
  instance_class: number
  os_disk_size: number
  image_id: string
  /** JSON text of the embedded image record, copied at creation (and at a reset to another image). */
  image: string
  login_mode: 'keypair' | 'passwd'
  hostname: string | null
  nic_mqueue: number
  status: InstanceStatus
  transition_status: InstanceTransition
  sub_code: number
  owner: string
  zone_id: string
  create_time: string
  status_time: string
}

/** A NIC: `nic_id` is a MAC address; `private_ip` NULL when the network assigns none. */
export interface InstanceNicsTable {
  nic_id: string
  instance_id: string
  vxnet_id: string
  private_ip: string | null
  /** 1 for an instance's first NIC, 0 for the others (docs/compat.md#nic-role). */
  role: number
  owner: string
  zone_id: string
  create_time: string
}

/** How many instances an owner has in a zone per status, kept by triggers (migration 061): DescribeInstances' total_count. */
export interface InstanceCountsTable {
  owner: string
  zone_id: string
  status: InstanceStatus
  n: number
}
