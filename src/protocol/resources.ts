/**
 * Resource types as QingCloud names them in project rules (`principle[].resource_type`), with the
 * id prefix that identifies each (docs/compat.md#id-shapes, docs/compat.md#joinable-resources).
 */
export const resourceTypes = {
  instance: { prefix: 'i-', label: 'instance' },
  volume: { prefix: 'vol-', label: 'volume' },
  keypair: { prefix: 'kp-', label: 'key pair' },
  security_group: { prefix: 'sg-', label: 'security group' },
  security_group_rule: { prefix: 'sgr-', label: 'security group rule' },
  security_group_ipset: { prefix: 'sgi-', label: 'security group IP set' },
  security_group_snapshot: { prefix: 'sgs-', label: 'security group snapshot' },
  eip: { prefix: 'eip-', label: 'EIP' },
  vxnet: { prefix: 'vxnet-', label: 'vxnet' },
  router: { prefix: 'rtr-', label: 'router' },
  router_static: { prefix: 'rtrs-', label: 'router static' },
  router_static_entry: { prefix: 'rse-', label: 'router static entry' },
  snapshot: { prefix: 'ss-', label: 'snapshot' },
  image: { prefix: 'img-', label: 'image' },
  instance_group: { prefix: 'ig-', label: 'instance group' },
  tag: { prefix: 'tag-', label: 'tag' },
  userdata_attachment: { prefix: 'uda-', label: 'User Data attachment' },
  job: { prefix: 'j-', label: 'job' },
  project: { prefix: 'pj-', label: 'project' },
  group_role: { prefix: 'gr-', label: 'group role' },
  group_role_rule: { prefix: 'grr-', label: 'group role rule' },
  project_member: { prefix: 'pm-', label: 'project member' },
  user: { prefix: 'usr-', label: 'user' },
  access_key: { prefix: '', label: 'access key' },
  zone: { prefix: '', label: 'zone' },
} as const

export type ResourceType = keyof typeof resourceTypes

/** The resource type an id's prefix names, or undefined (system images have no prefix). */
export function resourceTypeOfId(id: string): ResourceType | undefined {
  const dash = id.indexOf('-')
  if (dash <= 0) return undefined
  const prefix = id.slice(0, dash + 1)
  for (const [type, { prefix: p }] of Object.entries(resourceTypes)) {
    if (p === prefix) return type as ResourceType
  }
  return undefined
}
