import { z } from 'zod'
import { TagRef } from './tag.js'

/** Rule fields of security groups (docs/compat.md#rule-defaults). */
export const ruleProtocols = ['tcp', 'udp', 'icmp', 'gre', 'esp', 'ah', 'ipip'] as const
export const ruleActions = ['accept', 'drop'] as const

/** What uses a group, or holds an EIP (docs/compat.md#security-group-resources). */
export const ResourceRef = z.object({
  resource_id: z.string(),
  resource_name: z.string(),
  resource_type: z.string(),
})

/** DescribeSecurityGroups record (Go `SecurityGroup`). */
export const SecurityGroup = z.object({
  security_group_id: z.string(),
  security_group_name: z.string(),
  description: z.string().nullable(),
  is_applied: z.number().int(),
  is_default: z.number().int(),
  create_time: z.string(),
  owner: z.string(),
  zone_id: z.string(),
  tags: z.array(TagRef),
  /** Only with `verbose=1`. */
  resources: z.array(ResourceRef).optional(),
})
export type SecurityGroup = z.infer<typeof SecurityGroup>

/** DescribeSecurityGroupRules record; val1–val3 always strings (Go `SecurityGroupRule`). */
export const SecurityGroupRule = z.object({
  security_group_rule_id: z.string(),
  security_group_id: z.string(),
  security_group_rule_name: z.string(),
  protocol: z.string(),
  priority: z.number().int(),
  action: z.string(),
  direction: z.number().int(),
  val1: z.string(),
  val2: z.string(),
  val3: z.string(),
  /** 1: the rule is kept but not in effect. QingCloud's record has no such field; its snapshot rules
   * carry `disabled` (docs/compat.md#disabled-rules), and the CLI sets it with -D/-E (docs/compat.md). */
  disabled: z.number().int(),
})
export type SecurityGroupRule = z.infer<typeof SecurityGroupRule>

export const eipStatuses = ['pending', 'available', 'associated', 'suspended', 'released', 'ceased'] as const
export type EipStatus = (typeof eipStatuses)[number]
export const eipTransitions = ['', 'associating', 'dissociating', 'suspending', 'resuming', 'releasing'] as const
export type EipTransition = (typeof eipTransitions)[number]
export const billingModes = ['bandwidth', 'traffic'] as const

/** DescribeEips record (docs/api/eip.md#describeeips, Go `EIP`). */
export const Eip = z.object({
  eip_id: z.string(),
  eip_name: z.string(),
  description: z.string().nullable(),
  eip_addr: z.string(),
  associate_mode: z.number().int(),
  bandwidth: z.number().int(),
  billing_mode: z.enum(billingModes),
  need_icp: z.number().int(),
  icp_codes: z.string(),
  status: z.enum(eipStatuses),
  transition_status: z.enum(eipTransitions),
  sub_code: z.number().int(),
  status_time: z.string(),
  create_time: z.string(),
  /** `{}` when not associated (docs/compat.md#embedded-objects). */
  resource: z.union([ResourceRef, z.object({})]),
  eip_group: z.object({ eip_group_id: z.string(), eip_group_name: z.string() }),
  alarm_status: z.string(),
  owner: z.string(),
  zone_id: z.string(),
  tags: z.array(TagRef),
})
export type Eip = z.infer<typeof Eip>

/** The EIP as an instance record shows it (docs/compat.md#embedded-objects). */
export const InstanceEip = z.object({ eip_id: z.string(), eip_addr: z.string(), bandwidth: z.number().int() })

/** The small router object inside a VxNet record (docs/compat.md#embedded-objects). */
export const VxnetRouter = z.object({
  router_id: z.string(),
  router_name: z.string(),
  manager_ip: z.string(),
  ip_network: z.string(),
  dyn_ip_start: z.string(),
  dyn_ip_end: z.string(),
  mode: z.number().int(),
})

/** DescribeVxnets record (docs/api/vxnet.md#describevxnets, Go `VxNet`). */
export const Vxnet = z.object({
  vxnet_id: z.string(),
  vxnet_name: z.string(),
  vxnet_type: z.number().int(),
  description: z.string().nullable(),
  create_time: z.string(),
  /** `null` when not joined to a router (docs/compat.md#embedded-objects). */
  router: VxnetRouter.nullable(),
  vpc_router_id: z.string(),
  available_ip_count: z.number().int(),
  owner: z.string(),
  zone_id: z.string(),
  tags: z.array(TagRef),
  /** Only with `verbose=1`. */
  instance_ids: z.array(z.string()).optional(),
})
export type Vxnet = z.infer<typeof Vxnet>

/** DescribeVxnetInstances record (docs/api/vxnet.md#describevxnetinstances). */
export const VxnetInstance = z.object({
  vxnet_id: z.string(),
  instance_id: z.string(),
  instance_name: z.string(),
  description: z.string().nullable(),
  instance_type: z.string(),
  vcpus_current: z.number().int(),
  memory_current: z.number().int(),
  status: z.string(),
  transition_status: z.string(),
  sub_code: z.number().int(),
  create_time: z.string(),
  status_time: z.string(),
  image_id: z.string(),
  private_ip: z.string(),
  nic_id: z.string(),
  sequence: z.number().int(),
  dhcp_options: z.record(z.string(), z.string()),
})
export type VxnetInstance = z.infer<typeof VxnetInstance>

export const routerStatuses = ['pending', 'active', 'poweroffed', 'suspended', 'deleted', 'ceased'] as const
export type RouterStatus = (typeof routerStatuses)[number]
export const routerTransitions = ['', 'creating', 'updating', 'suspending', 'resuming', 'poweroffing', 'poweroning', 'deleting'] as const
export type RouterTransition = (typeof routerTransitions)[number]

/** DescribeRouters record (docs/api/router.md#describerouters, Go `Router`). */
export const Router = z.object({
  router_id: z.string(),
  router_name: z.string(),
  description: z.string().nullable(),
  router_type: z.number().int(),
  private_ip: z.string(),
  is_applied: z.number().int(),
  status: z.enum(routerStatuses),
  transition_status: z.enum(routerTransitions),
  sub_code: z.number().int(),
  create_time: z.string(),
  status_time: z.string(),
  security_group_id: z.string(),
  /**
   * Empty strings without an EIP, not `null` (docs/compat.md#router-eip): QingCloud's Terraform provider
   * dereferences `eip` of every router it reads (resource_qingcloud_vpc.go), so QingCloud sends an object.
   */
  eip: z.object({ eip_id: z.string(), eip_name: z.string(), eip_addr: z.string() }),
  vpc_network: z.string(),
  owner: z.string(),
  zone_id: z.string(),
  tags: z.array(TagRef),
  /** Only with `verbose=1`. */
  vxnets: z.array(z.object({ vxnet_id: z.string(), nic_id: z.string() })).optional(),
})
export type Router = z.infer<typeof Router>

/** DescribeRouterVxnets record (docs/api/router.md#describeroutervxnets). */
export const RouterVxnet = z.object({
  router_id: z.string(),
  vxnet_id: z.string(),
  vxnet_name: z.string(),
  manager_ip: z.string(),
  ip_network: z.string(),
  dyn_ip_start: z.string(),
  dyn_ip_end: z.string(),
  features: z.number().int(),
  create_time: z.string(),
})
export type RouterVxnet = z.infer<typeof RouterVxnet>

/** DescribeRouterStatics record (docs/api/router.md#describerouterstatics). */
export const RouterStatic = z.object({
  router_static_id: z.string(),
  router_static_name: z.string(),
  router_id: z.string(),
  vxnet_id: z.string(),
  static_type: z.number().int(),
  val1: z.string(),
  val2: z.string(),
  val3: z.string(),
  val4: z.string(),
  val5: z.string(),
  val6: z.string(),
  /** 1: the static is kept but not in effect (ModifyRouterStaticAttributes; not in QingCloud's record, docs/compat.md#disabled-statics). */
  disabled: z.number().int(),
  create_time: z.string(),
})
export type RouterStatic = z.infer<typeof RouterStatic>

/** A rule as a snapshot keeps it: no ids (docs/api/security_group.md#describesecuritygroupsnapshots). */
export const SnapshotRule = z.object({
  security_group_rule_name: z.string(),
  protocol: z.string(),
  priority: z.number().int(),
  action: z.string(),
  direction: z.number().int(),
  val1: z.string(),
  val2: z.string(),
  val3: z.string(),
  disabled: z.number().int(),
})

/** DescribeSecurityGroupSnapshots record (Go `SecurityGroupSnapshot`). */
export const SecurityGroupSnapshot = z.object({
  security_group_snapshot_id: z.string(),
  group_id: z.string(),
  name: z.string(),
  description: z.string(),
  owner: z.string(),
  root_user_id: z.string(),
  create_time: z.string(),
  rules: z.array(SnapshotRule),
})
export type SecurityGroupSnapshot = z.infer<typeof SecurityGroupSnapshot>

/** DescribeSecurityGroupIPSets record; `ipset_type` an integer (docs/compat.md#ipsets). */
export const SecurityGroupIpset = z.object({
  security_group_ipset_id: z.string(),
  security_group_ipset_name: z.string(),
  description: z.string().nullable(),
  ipset_type: z.number().int(),
  val: z.string(),
  create_time: z.string(),
  owner: z.string(),
  zone_id: z.string(),
  tags: z.array(TagRef),
  /** Only with `verbose=1`: groups with a rule naming the set. */
  resources: z.array(ResourceRef).optional(),
})
export type SecurityGroupIpset = z.infer<typeof SecurityGroupIpset>

/** DescribeRouterStaticEntries record. */
export const RouterStaticEntry = z.object({
  router_static_entry_id: z.string(),
  router_static_entry_name: z.string(),
  router_static_id: z.string(),
  router_id: z.string(),
  val1: z.string(),
  val2: z.string(),
})
