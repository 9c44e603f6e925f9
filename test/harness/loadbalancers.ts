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

export async function loadbalancerRecord(client: QingClient, loadbalancer: string) {
  return (await client.describeLoadBalancers({ loadbalancers: [loadbalancer], verbose: 1 })).loadbalancer_set[0]!
}
