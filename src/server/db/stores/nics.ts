import type { Queryable, Tx } from '../database.js'
import type { InstanceNicsTable } from '../schema/instances.js'
import { idListQuery, ofIds, type IdListQuery } from './ids.js'

export type NicRow = InstanceNicsTable

/** Which of `candidates` a NIC of `vxnet_id` in the zone holds (an indexed lookup). */
export async function takenAddresses(q: Queryable, zone_id: string, vxnet_id: string, candidates: readonly string[]): Promise<Set<string>> {
  if (candidates.length === 0) return new Set()
  const rows = await q
    .selectFrom('instance_nics')
    .select('private_ip')
    .where('zone_id', '=', zone_id)
    .where('vxnet_id', '=', vxnet_id)
    .where('private_ip', 'in', [...candidates])
    .execute()
  return new Set(rows.map((row) => row.private_ip!))
}

/** Every address held in `vxnet_id` of the zone (the slow path of a nearly full pool). */
export async function allTakenAddresses(q: Queryable, zone_id: string, vxnet_id: string): Promise<string[]> {
  const rows = await q
    .selectFrom('instance_nics')
    .select('private_ip')
    .where('zone_id', '=', zone_id)
    .where('vxnet_id', '=', vxnet_id)
    .where('private_ip', 'is not', null)
    .execute()
  return rows.map((row) => row.private_ip!)
}

export async function insertNics(tx: Tx, rows: NicRow[]): Promise<void> {
  if (rows.length > 0) await tx.db.insertInto('instance_nics').values(rows).execute()
}

/** The NICs of these instances, each instance's first NIC first. */
export const nicsOf: IdListQuery<NicRow> = idListQuery((q, list) =>
  q
    .selectFrom('instance_nics')
    .selectAll()
    .where('instance_id', 'in', list)
    .orderBy('role', 'desc')
    .orderBy('create_time')
    .orderBy('nic_id'),
)

/** Leaves every network: the NICs go, and with them the addresses they held. */
export async function releaseNics(tx: Tx, instanceIds: readonly string[]): Promise<void> {
  if (instanceIds.length > 0)
    await tx.db
      .deleteFrom('instance_nics')
      .where('instance_id', 'in', [...instanceIds])
      .execute()
}

/** The NICs these instances have in one network. */
export async function nicsInNetwork(q: Queryable, vxnet_id: string, instanceIds: readonly string[]): Promise<NicRow[]> {
  return ofIds(instanceIds, (list) =>
    q.selectFrom('instance_nics').selectAll().where('vxnet_id', '=', vxnet_id).where('instance_id', 'in', list).execute(),
  )
}

/** Removes NICs; their addresses are free again. */
export async function deleteNics(tx: Tx, nicIds: readonly string[]): Promise<void> {
  if (nicIds.length > 0)
    await tx.db
      .deleteFrom('instance_nics')
      .where('nic_id', 'in', [...nicIds])
      .execute()
}

/** Sets the address of NICs that have none (instances in a VxNet that just joined a router). */
export async function setNicAddress(tx: Tx, nic_id: string, private_ip: string): Promise<void> {
  await tx.db.updateTable('instance_nics').set({ private_ip }).where('nic_id', '=', nic_id).execute()
}

/** NICs of a network that have no address yet. */
export async function nicsInVxnetWithoutAddress(q: Queryable, zone_id: string, vxnet_id: string): Promise<NicRow[]> {
  return q
    .selectFrom('instance_nics')
    .selectAll()
    .where('zone_id', '=', zone_id)
    .where('vxnet_id', '=', vxnet_id)
    .where('private_ip', 'is', null)
    .orderBy('create_time')
    .orderBy('nic_id')
    .execute()
}
