import { isoAt } from '../../domain/clock.js'
import { groupBy } from '../../domain/collections.js'
import { checkInstanceMove, instanceMoves } from '../../domain/instances.js'
import { insertInstances } from '../../db/stores/instances.js'
import { attachKeypairs, keypairBindings } from '../../db/stores/keypairs.js'
import { registerNew } from '../../db/stores/resources.js'
import { insertVolumes, volumesOf } from '../../db/stores/volumes.js'
import { bindClones } from '../../services/instance-security-groups.js'
import { requireQuota } from '../../services/quotas.js'
import type { Handler } from '../types.js'
import { cloneNetworks, cloneOf, volumeCloneOf } from './clones.js'
import { usableImage } from './images.js'
import { instances as lookup } from '../../services/lookups/instance.js'
import { createNics } from '../../services/nics.js'

export const CloneInstances: Handler<'CloneInstances'> = async (params, ctx) => {
  const { tx, caller, zone } = ctx
  const sources = await lookup.all(tx.db, params.instances, zone)
  for (const source of sources) {
    checkInstanceMove(source, instanceMoves.clone)
    await usableImage(ctx, source.image_id)
  }
  const networks = cloneNetworks(params.vxnets, sources.map((s) => s.instance_id))
  const sourceVolumes = groupBy((await volumesOf(tx.db, sources.map((s) => s.instance_id))).filter((v) => v.status === 'in-use'), (v) => v.instance_id!)
  const allVolumes = [...sourceVolumes.values()].flat()
  const sum = (field: 'vcpus_current' | 'memory_current') => sources.reduce((total, s) => total + s[field], 0)
  await requireQuota(ctx, {
    instance: sources.length,
    cpu: sum('vcpus_current'),
    memory: sum('memory_current'),
    volume: allVolumes.length,
    volume_size: allVolumes.reduce((total, v) => total + v.size, 0),
  })

  const at = isoAt(ctx.now)
  const where = { owner: caller.user_id, zone_id: zone, create_time: at }
  const keypairs = groupBy(await keypairBindings(tx.db, { instance_ids: sources.map((s) => s.instance_id) }), (k) => k.instance_id)
  const instance_set: Record<string, { instance_map: Record<string, string>; volumes_map?: Record<string, string> }> = {}
  const clones = sources.map((source) => ({ source, clone: { ...cloneOf(source, at), owner: caller.user_id } }))
  await insertInstances(tx, clones.map((c) => c.clone))
  await registerNew(ctx, 'instance', clones.map((c) => c.clone.instance_id), where)
  const newVolumes = []
  for (const { source, clone } of clones) {
    await createNics(tx, { instanceIds: [clone.instance_id], requests: networks.get(source.instance_id)!, owner: caller.user_id, zone_id: zone, at })
    await attachKeypairs(tx, [clone.instance_id], (keypairs.get(source.instance_id) ?? []).map((k) => k.keypair_id), at)
    const volumes = (sourceVolumes.get(source.instance_id) ?? []).map((v) => ({ from: v.volume_id, row: { ...volumeCloneOf(v, clone.instance_id, at), owner: caller.user_id } }))
    newVolumes.push(...volumes.map((v) => v.row))
    instance_set[source.instance_id] = {
      instance_map: { [source.instance_id]: clone.instance_id },
      ...(volumes.length ? { volumes_map: Object.fromEntries(volumes.map((v) => [v.from, v.row.volume_id])) } : {}),
    }
  }
  await bindClones(ctx, clones.map((c) => ({ source: c.source.instance_id, clone: c.clone.instance_id })))
  await insertVolumes(tx, newVolumes)
  await registerNew(ctx, 'volume', newVolumes.map((v) => v.volume_id), where)
  const instances = clones.map((c) => c.clone.instance_id)
  const volumes = newVolumes.map((v) => v.volume_id)
  const job_id = await ctx.enqueueJob({ resource_ids: [...instances, ...volumes], directive: { instances, volumes } })
  return { job_id, instances, instance_set }
}
