import type { QingClient } from '../../src/sdk/index.js'
import type { TestServer } from './server.js'

/** Allocates available EIPs of 4 Mbps. */
export async function availableEips(api: TestServer, count = 1, client: QingClient = api.client): Promise<string[]> {
  return (await client.allocateEips({ bandwidth: 4, count })).eips
}

/** `[status, transition_status, holder]` of each EIP, in the order asked ('' when unheld). */
export async function eipStates(client: QingClient, eips: readonly string[]): Promise<Array<[string, string, string]>> {
  const found = await client.describeEips({ eips: [...eips], limit: 100 })
  const byId = new Map(
    found.eip_set.map((e) => [
      e.eip_id,
      [e.status, e.transition_status, 'resource_id' in e.resource ? e.resource.resource_id : ''] as [string, string, string],
    ]),
  )
  return eips.map((id) => byId.get(id) ?? ['(missing)', '', ''])
}

/** The `eip` field of an instance record, or undefined. */
export async function instanceEip(client: QingClient, instance: string) {
  return (await client.describeInstances({ instances: [instance] })).instance_set[0]?.eip
}

/** The `[vxnet_id, private_ip]` of each NIC of an instance. */
export async function instanceNics(client: QingClient, instance: string): Promise<Array<[string, string]>> {
  const record = (await client.describeInstances({ instances: [instance] })).instance_set[0]
  return (record?.vxnets ?? []).map((v) => [v.vxnet_id, v.private_ip])
}

/** Creates routers and drains the jobs: they are active when this resolves. */
export async function activeRouters(api: TestServer, count = 1, client: QingClient = api.client): Promise<string[]> {
  const { routers } = await client.createRouters({ count, router_name: 'rtr' })
  await api.drainJobs()
  return routers
}

/** A managed VxNet joined to a new active router on `ip_network`. */
export async function routedVxnet(api: TestServer, ip_network = '192.168.1.0/24'): Promise<{ router: string; vxnet: string }> {
  const [router] = await activeRouters(api)
  const {
    vxnets: [vxnet],
  } = await api.client.createVxnets({ vxnet_type: 1, vxnet_name: 'routed' })
  await api.client.joinRouter({ router: router!, vxnet: vxnet!, ip_network })
  await api.drainJobs()
  return { router: router!, vxnet: vxnet! }
}

/** `[status, transition_status]` of each router. */
export async function routerStates(client: QingClient, routers: readonly string[]): Promise<Array<[string, string]>> {
  const found = await client.describeRouters({ routers: [...routers], limit: 100 })
  const byId = new Map(found.router_set.map((r) => [r.router_id, [r.status, r.transition_status] as [string, string]]))
  return routers.map((id) => byId.get(id) ?? ['(missing)', ''])
}
