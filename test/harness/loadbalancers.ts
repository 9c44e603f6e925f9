import type { QingClient } from '../../src/sdk/index.js'
import { availableEips } from './network.js'
import type { TestServer } from './server.js'

/** A public load balancer with `eips` new EIPs, active once this resolves. */
export async function activeLoadbalancer(
  api: TestServer,
  input: { eips?: number; client?: QingClient } = {},
): Promise<{ loadbalancer: string; eips: string[] }> {
  const client = input.client ?? api.client
  const eips = await availableEips(api, input.eips ?? 1, client)
  const { loadbalancer_id } = await client.createLoadBalancer({ eips, loadbalancer_name: 'lb' })
  await api.drainJobs()
  return { loadbalancer: loadbalancer_id, eips }
}

/** `[status, transition_status]` of each load balancer. */
export async function loadbalancerStates(client: QingClient, loadbalancers: readonly string[]): Promise<Array<[string, string]>> {
  const found = await client.describeLoadBalancers({ loadbalancers: [...loadbalancers], limit: 100 })
  const byId = new Map(found.loadbalancer_set.map((r) => [r.loadbalancer_id, [r.status, r.transition_status] as [string, string]]))
  return loadbalancers.map((id) => byId.get(id) ?? ['(missing)', ''])
}

/** One HTTP listener on `port` of an active load balancer. */
export async function httpListener(client: QingClient, loadbalancer: string, port = 80): Promise<string> {
  const { loadbalancer_listeners } = await client.addLoadBalancerListeners({
    loadbalancer,
    listeners: [{ listener_port: port, listener_protocol: 'http', backend_protocol: 'http' }],
  })
  return loadbalancer_listeners[0]!
}

/**
 * A listener with backends, what the backend tests start from: an HTTP listener on `loadbalancer`
 * (a new active one when not given) with one backend on port 80 per entry of `resources` (instance
 * or router ids, or addresses; default one address outside qingstack). With `applied` the change
 * is applied (UpdateLoadBalancers, jobs drained): `is_applied` is 1 again.
 */
export async function listenerWithBackends(
  api: TestServer,
  input: { loadbalancer?: string; resources?: readonly string[]; applied?: boolean } = {},
): Promise<{ loadbalancer: string; listener: string; backends: string[] }> {
  const loadbalancer = input.loadbalancer ?? (await activeLoadbalancer(api)).loadbalancer
  const listener = await httpListener(api.client, loadbalancer)
  const { loadbalancer_backends } = await api.client.addLoadBalancerBackends({
    loadbalancer_listener: listener,
    backends: (input.resources ?? ['10.0.0.1']).map((resource_id) => ({ resource_id, port: 80, weight: 1 })),
  })
  if (input.applied) {
    await api.client.updateLoadBalancers({ loadbalancers: [loadbalancer] })
    await api.drainJobs()
  }
  return { loadbalancer, listener, backends: loadbalancer_backends }
}

export async function loadbalancerRecord(client: QingClient, loadbalancer: string) {
  return (await client.describeLoadBalancers({ loadbalancers: [loadbalancer], verbose: 1 })).loadbalancer_set[0]!
}

/**
 * A load balancer in a project of `api.client`'s user, and a member whose role may only describe
 * load balancers: every change it tries must be refused (1400, "is not allowed").
 */
export async function projectLoadbalancer(
  api: TestServer,
): Promise<{ project_id: string; loadbalancer: string; eips: string[]; reader: QingClient }> {
  const { project_id } = await api.client.createProject({ project_name: 'lbs' })
  const { eips } = await api.client.allocateEips({ bandwidth: 4, project_id })
  const { loadbalancer_id } = await api.client.createLoadBalancer({ eips, project_id })
  await api.drainJobs()
  const [role] = (await api.client.createGroupRoles({ project_id, role_type: 'rule' })).group_role_ids
  const defaults = await api.client.describeGroupRoleRules({ project_id, group_roles: [role!] })
  await api.client.deleteGroupRoleRules({ group_role_rules: defaults.group_role_rule_set.map((r) => r.group_role_rule_id) })
  await api.client.addGroupRoleRules({ group_role: role!, policy: 'loadbalancer.describe' })
  const user = await api.newUser()
  await api.client.addProjectMember({
    project_id,
    project_members: [{ project_member_info: user.credentials.email, project_member_type: 'user', role: role! }],
  })
  return { project_id, loadbalancer: loadbalancer_id, eips, reader: user.client }
}
