import type { EipStatus, EipTransition, RouterStatus, RouterTransition } from '../../../protocol/records/network.js'

export interface SecurityGroupsTable {
  security_group_id: string
  security_group_name: string
  description: string | null
  is_applied: number
  is_default: number
  /** `owner/zone` for the default group, NULL otherwise (unique). */
  default_key: string | null
  owner: string
  zone_id: string
  create_time: string
}

export interface SecurityGroupRulesTable {
  security_group_rule_id: string
  security_group_id: string
  security_group_rule_name: string
  protocol: string
  priority: number
  action: string
  direction: number
  val1: string
  val2: string
  val3: string
  /** 1: kept but not in effect (ModifySecurityGroupRuleAttributes `disabled`); migration 023. */
  disabled: number
  owner: string
  zone_id: string
  create_time: string
}

export interface SecurityGroupBindingsTable {
  resource_id: string
  resource_type: 'instance' | 'router' | 'loadbalancer'
  security_group_id: string
  create_time: string
}

export interface EipsTable {
  eip_id: string
  eip_name: string
  description: string | null
  eip_addr: string
  /** The address while held, NULL once ceased (unique). */
  held_addr: string | null
  associate_mode: number
  bandwidth: number
  billing_mode: 'bandwidth' | 'traffic'
  billing_mode_time: string | null
  need_icp: number
  icp_codes: string
  eip_group_id: string
  status: EipStatus
  transition_status: EipTransition
  sub_code: number
  resource_id: string | null
  resource_type: 'instance' | 'router' | 'loadbalancer' | null
  owner: string
  zone_id: string
  create_time: string
  status_time: string
}

export interface VxnetsTable {
  vxnet_id: string
  vxnet_name: string
  vxnet_type: number
  description: string | null
  router_id: string | null
  ip_network: string | null
  manager_ip: string | null
  dyn_ip_start: string | null
  dyn_ip_end: string | null
  features: number | null
  join_time: string | null
  owner: string
  zone_id: string
  create_time: string
}

export interface RoutersTable {
  router_id: string
  router_name: string
  description: string | null
  router_type: number
  vpc_network: string
  private_ip: string
  is_applied: number
  status: RouterStatus
  transition_status: RouterTransition
  sub_code: number
  pending_eip_id: string | null
  owner: string
  zone_id: string
  create_time: string
  status_time: string
}

export interface RouterStaticsTable {
  router_static_id: string
  router_id: string
  vxnet_id: string
  static_type: number
  router_static_name: string
  val1: string
  val2: string
  val3: string
  val4: string
  val5: string
  val6: string
  /** 1: kept but not in effect (ModifyRouterStaticAttributes `disabled`); migration 023. */
  disabled: number
  owner: string
  zone_id: string
  create_time: string
}

export interface SecurityGroupSnapshotsTable {
  security_group_snapshot_id: string
  security_group_id: string
  name: string
  description: string
  /** JSON text: the rules' fields, without ids. */
  rules: string
  owner: string
  zone_id: string
  create_time: string
}

export interface SecurityGroupIpsetsTable {
  security_group_ipset_id: string
  security_group_ipset_name: string
  description: string | null
  ipset_type: number
  val: string
  owner: string
  zone_id: string
  create_time: string
}

export interface RouterStaticEntriesTable {
  router_static_entry_id: string
  router_static_id: string
  router_id: string
  router_static_entry_name: string
  val1: string
  val2: string
  owner: string
  zone_id: string
  create_time: string
}
