import { ApiError } from '../../../protocol/errors.js'
import { newId } from '../../domain/ids.js'
import type { InstanceRow } from '../../db/stores/instances.js'
import type { VolumeRow } from '../../db/stores/volumes.js'
import { checkNicRequests, parseNicRequest, parseNicRequests, type NicRequest } from '../../services/nics.js'

/**
 * `vxnets.n` of CloneInstances: `instance-id|vxnet-id|ip` (IP optional; decoding already dropped
 * the docs' single quotes, docs/compat.md#clone-instances). A source without an entry gets the basic network.
 */
export function cloneNetworks(values: readonly string[] | undefined, sources: readonly string[]): Map<string, NicRequest[]> {
  const bySource = new Map<string, NicRequest[]>(sources.map((id) => [id, []]))
  ;(values ?? []).forEach((raw, i) => {
    const param = `vxnets.${i + 1}`
    const value = raw.trim()
    const bar = value.indexOf('|')
    const list = bySource.get(value.slice(0, bar).trim())
    if (bar < 0 || !list)
      throw new ApiError('InvalidParameter', { param, reason: 'must be instance-id|vxnet-id[|ip] for one of the instances cloned' })
    list.push(parseNicRequest(value.slice(bar + 1), param))
  })
  return new Map([...bySource].map(([id, list]) => [id, list.length ? checkNicRequests(list, 'vxnets') : parseNicRequests(undefined)]))
}

/** A new instance like `source`, being created. */
export function cloneOf(source: InstanceRow, at: string): InstanceRow {
  return { ...source, instance_id: newId('i-'), status: 'pending', transition_status: 'creating', create_time: at, status_time: at }
}

/** A new volume like `source`, being created already attached to `instance_id` at the same device. */
export function volumeCloneOf(source: VolumeRow, instance_id: string, at: string): VolumeRow {
  return {
    ...source,
    volume_id: newId('vol-'),
    status: 'pending',
    transition_status: 'creating',
    instance_id,
    create_time: at,
    status_time: at,
  }
}
