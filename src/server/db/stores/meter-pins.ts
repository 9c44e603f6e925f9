import { RestartInstances } from '../../../protocol/actions/instance/RestartInstances.js'
import { StartInstances } from '../../../protocol/actions/instance/StartInstances.js'
import { StopInstances } from '../../../protocol/actions/instance/StopInstances.js'
import type { Queryable, Tx } from '../database.js'
import type { MeterPinsTable } from '../schema/monitoring.js'

export type MeterPinRow = MeterPinsTable

/** Pins a meter: one pin per resource and meter, a new one replaces the old. */
export async function upsertMeterPin(tx: Tx, row: MeterPinRow): Promise<void> {
  await tx.db
    .insertInto('meter_pins')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['resource_id', 'meter']).doUpdateSet({ value: row.value, start_time: row.start_time, end_time: row.end_time }),
    )
    .execute()
}

/** Removes the pins of a resource (of some meters only, when given); returns how many went. */
export async function deleteMeterPins(tx: Tx, resource_id: string, meters?: readonly string[]): Promise<number> {
  let query = tx.db.deleteFrom('meter_pins').where('resource_id', '=', resource_id)
  if (meters?.length) query = query.where('meter', 'in', [...meters])
  const result = await query.executeTakeFirst()
  return Number(result.numDeletedRows)
}

export async function meterPinsOf(q: Queryable, resource_ids: readonly string[]): Promise<MeterPinRow[]> {
  if (resource_ids.length === 0) return []
  return q
    .selectFrom('meter_pins')
    .selectAll()
    .where('resource_id', 'in', [...resource_ids])
    .execute()
}

/** Successful start and stop jobs of an instance, oldest first: when it ran (docs/compat.md#monitoring-simulated). */
export async function powerJobsOf(
  q: Queryable,
  instance: { instance_id: string; owner: string; zone_id: string; create_time: string },
): Promise<Array<{ job_action: string; status_time: string }>> {
  const rows = await q
    .selectFrom('jobs')
    .select(['job_action', 'status_time', 'resource_ids'])
    .where('owner', '=', instance.owner)
    .where('zone_id', '=', instance.zone_id)
    .where('create_time', '>=', instance.create_time)
    .where('status', '=', 'successful')
    .where('job_action', 'in', [StartInstances.name, StopInstances.name, RestartInstances.name])
    .where('resource_ids', 'like', `%${instance.instance_id}%`)
    .orderBy('status_time')
    .execute()
  return rows.filter((r) => r.resource_ids.split(/[ ,]+/).includes(instance.instance_id))
}
