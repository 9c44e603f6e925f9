import { StartInstances } from '../../protocol/actions/instance/StartInstances.js'
import { StopInstances } from '../../protocol/actions/instance/StopInstances.js'
import { GetMonitor } from '../../protocol/actions/monitor/GetMonitor.js'
import { ApiError } from '../../protocol/errors.js'
import type { Queryable } from '../db/database.js'
import { findEips } from '../db/stores/eips.js'
import { findInstances, type InstanceRow } from '../db/stores/instances.js'
import { meterPinsOf, powerJobsOf } from '../db/stores/meter-pins.js'
import { nicsOf } from '../db/stores/nics.js'
import { accessTo } from '../db/stores/project-access.js'
import { itemsOf } from '../db/stores/project-items.js'
import { findRouters } from '../db/stores/routers.js'
import { volumesOf } from '../db/stores/volumes.js'
import { vxnetsOfRouters } from '../db/stores/vxnets.js'
import { ruleGrants } from '../domain/projects.js'
import { seedOf, type Interval, type MeterShape, type MeterValue, type Pin } from '../domain/meters.js'

/** One meter a resource offers, with the fields GetMonitor adds to its set (`vxnet_id`, `sequence` for NICs). */
export interface MeterSpec {
  shape: MeterShape
  seed: number
  /** What `meter_id` says on the wire: the MAC for `if-<mac>` (as QingCloud's example answers). */
  meter_id: string
  extra?: { vxnet_id: string; sequence: number }
}

/** A resource GetMonitor and the alarm sweep can read. */
export interface Monitored {
  resource_id: string
  resource_type: 'instance' | 'eip' | 'router'
  owner: string
  zone_id: string
  /** When it produced samples (epoch seconds). */
  valid: Interval[]
  meters: Map<string, MeterSpec>
  /** Pinned values by meter (SetMeterValues). */
  pins: Map<string, Pin[]>
  /** The EIP's bandwidth in bytes per second, what `percent` rules divide by. */
  bandwidthBps?: number
}

const sec = (iso: string) => Math.floor(Date.parse(iso) / 1000)

/**
 * The resource with its meters, or undefined when it is none of the three monitored types. With
 * `only`, an instance's volume and NIC meters are looked up only when one of those names asks for
 * them (GetMonitor of cpu reads neither).
 */
export async function monitored(q: Queryable, resource_id: string, only?: readonly string[]): Promise<Monitored | undefined> {
  const found = await describeResource(q, resource_id, only)
  if (!found) return undefined
  const pins = new Map<string, Pin[]>()
  for (const row of await meterPinsOf(q, [resource_id])) {
    pins.set(row.meter, [{ value: JSON.parse(row.value) as MeterValue, from: sec(row.start_time), to: sec(row.end_time) }])
  }
  return { ...found, pins }
}

/**
 * The resource if `user` may read its meters: its owner, or a member of a project holding it whose
 * role grants `monitor.describe` (docs/compat.md#monitoring-simulated); 2100 otherwise, as for an id
 * that never existed.
 */
export async function monitoredOf(q: Queryable, resource_id: string, user: string, only?: readonly string[]): Promise<Monitored> {
  const found = await monitored(q, resource_id, only)
  if (found && (found.owner === user || (await memberMayRead(q, resource_id, user)))) return found
  throw new ApiError('ResourceNotFound', { resource: 'resource', id: resource_id })
}

async function memberMayRead(q: Queryable, resource_id: string, user: string): Promise<boolean> {
  const projects = (await itemsOf(q, [resource_id])).map((item) => item.project_id)
  if (projects.length === 0) return false
  const need = { action: GetMonitor.name, resource_type: 'monitor', declared: 'monitor', operation: 'describe' as const }
  return [...(await accessTo(q, user, projects)).values()].some((access) => access.member?.rules.some((rule) => ruleGrants(rule, need)))
}

function spec(resource_id: string, meter: string, shape: MeterShape, extra?: MeterSpec['extra']): [string, MeterSpec] {
  const meter_id = meter.startsWith('if-') ? meter.slice(3) : meter
  return [meter, { shape, seed: seedOf(`${resource_id}/${meter}`), meter_id, ...(extra ? { extra } : {}) }]
}

async function describeResource(q: Queryable, id: string, only?: readonly string[]): Promise<Omit<Monitored, 'pins'> | undefined> {
  const [instance] = await findInstances(q, [id])
  if (instance && instance.status !== 'ceased') return instanceMeters(q, instance, only)
  const [eip] = await findEips(q, [id])
  if (eip && eip.status !== 'ceased') {
    const bandwidthBps = (eip.bandwidth * 1_000_000) / 8
    const until = eip.status === 'released' ? sec(eip.status_time) : undefined
    return {
      resource_id: id,
      resource_type: 'eip',
      owner: eip.owner,
      zone_id: eip.zone_id,
      valid: [[sec(eip.create_time), until]],
      bandwidthBps,
      meters: new Map([
        spec(id, 'traffic', { kind: 'pair', scale: bandwidthBps }),
        spec(id, 'flow', { kind: 'flow', scale: bandwidthBps, stepS: 300 }),
      ]),
    }
  }
  const [router] = await findRouters(q, [id])
  if (router && router.status !== 'ceased') {
    const vxnets = await vxnetsOfRouters(q, [id])
    const until = router.status === 'active' ? undefined : sec(router.status_time)
    return {
      resource_id: id,
      resource_type: 'router',
      owner: router.owner,
      zone_id: router.zone_id,
      valid: router.status === 'pending' ? [] : [[sec(router.create_time), until]],
      meters: new Map([
        spec(id, 'vxnet-0', { kind: 'pair', scale: 2_000_000 }),
        ...vxnets.map((v) => spec(id, v.vxnet_id, { kind: 'pair', scale: 1_000_000 })),
      ]),
    }
  }
  return undefined
}

async function instanceMeters(q: Queryable, instance: InstanceRow, only?: readonly string[]): Promise<Omit<Monitored, 'pins'>> {
  const wants = (test: (meter: string) => boolean) => only === undefined || only.some((m) => test(m.toLowerCase()))
  const id = instance.instance_id
  const seed = seedOf(id)
  const meters = new Map<string, MeterSpec>([
    spec(id, 'cpu', { kind: 'permille', base: 40 + (seed % 120), swing: 250 }),
    spec(id, 'memory', { kind: 'permille', base: 250 + (seed % 200), swing: 120 }),
  ])
  const disks = [{ name: 'os', mount: '/', sizeMb: instance.os_disk_size * 1024 }]
  for (const volume of await volumesOf(q, [id]))
    disks.push({ name: volume.volume_id, mount: `/mnt/${volume.volume_id}`, sizeMb: volume.size * 1024 })
  for (const disk of disks) {
    meters.set(...spec(id, `disk-${disk.name}`, { kind: 'pair', scale: 4_000_000 }))
    meters.set(...spec(id, `disk-iops-${disk.name}`, { kind: 'pair', scale: 400 }))
    meters.set(...spec(id, `disk-us-${disk.name}`, { kind: 'usage', mount: disk.mount, sizeMb: disk.sizeMb }))
  }
  const nics = wants((m) => m.startsWith('if-')) ? await nicsOf(q, [id]) : []
  nics.forEach((nic, sequence) =>
    meters.set(...spec(id, `if-${nic.nic_id}`, { kind: 'pair', scale: 1_000_000 }, { vxnet_id: nic.vxnet_id, sequence })),
  )
  return {
    resource_id: id,
    resource_type: 'instance',
    owner: instance.owner,
    zone_id: instance.zone_id,
    valid: await runIntervals(q, instance),
    meters,
  }
}

/**
 * When an instance ran: from creation, closed by each successful StopInstances and reopened by each
 * StartInstances; a stopped or terminated instance stops at its last status change
 * (docs/compat.md#monitoring-simulated).
 */
async function runIntervals(q: Queryable, instance: InstanceRow): Promise<Interval[]> {
  if (instance.status === 'pending') return []
  const intervals: Interval[] = []
  let open: number | undefined = sec(instance.create_time)
  for (const job of await powerJobsOf(q, instance)) {
    const t = sec(job.status_time)
    if (job.job_action === StopInstances.name && open !== undefined) {
      intervals.push([open, t])
      open = undefined
    } else if (job.job_action === StartInstances.name && open === undefined) open = t
  }
  if (open !== undefined) intervals.push([open, instance.status === 'running' ? undefined : Math.max(open, sec(instance.status_time))])
  return intervals
}
