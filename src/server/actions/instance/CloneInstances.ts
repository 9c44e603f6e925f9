import { isoAt } from '../../domain/clock.js'
import { groupBy } from '../../domain/collections.js'
import { checkInstanceMove, instanceMoves } from '../../domain/instances.js'
import { insertInstances } from '../../db/stores/instances.js'
import { attachKeypairs, keypairBindings } from '../../db/stores/keypairs.js'
import { registerNew } from '../../db/stores/resources.js'
import { insertVolumes, volumesOf } from '../../db/stores/volumes.js'
import { countByOwner, joinSourceProjects, type Derived } from '../../services/derived.js'
import { bindClones } from '../../services/instance-security-groups.js'
import { requireQuota } from '../../services/quotas.js'
import type { Handler } from '../types.js'
import { cloneNetworks, cloneOf, volumeCloneOf } from './clones.js'
import { usableImage } from './images.js'
import { instances as lookup } from '../../services/lookups/instance.js'
import { createNics } from '../../services/nics.js'

export const CloneInstances: Handler<'CloneInstances'> = async (params, ctx) => {
  const { tx, zone } = ctx
  const sources = await lookup.all(tx.db, params.instances, zone)
  for (const source of sources) {
    checkInstanceMove(source, instanceMoves.clone)
    await usableImage(ctx, source.image_id)
  }
  const networks = cloneNetworks(
    params.vxnets,
    sources.map((s) => s.instance_id),
  )
  const sourceVolumes = groupBy(
    (
      await volumesOf(
        tx.db,
        sources.map((s) => s.instance_id),
      )
    ).filter((v) => v.status === 'in-use'),
    (v) => v.instance_id!,
  )
  // A clone and its volumes are the source owner's, whoever clones (docs/compat.md#derived-resources-stay-in-the-project).
  for (const [owner, owned] of countByOwner(sources)) {
    const volumes = owned.flatMap((s) => sourceVolumes.get(s.instance_id) ?? [])
    await requireQuota(
      { ...ctx, caller: { ...ctx.caller, user_id: owner } },
      {
        instance: owned.length,
        cpu: owned.reduce((total, s) => total + s.vcpus_current, 0),
        memory: owned.reduce((total, s) => total + s.memory_current, 0),
        volume: volumes.length,
        volume_size: volumes.reduce((total, v) => total + v.size, 0),
      },
    )
  }

  const at = isoAt(ctx.now)
  const keypairs = groupBy(await keypairBindings(tx.db, { instance_ids: sources.map((s) => s.instance_id) }), (k) => k.instance_id)
  const instance_set: Record<string, { instance_map: Record<string, string>; volumes_map?: Record<string, string> }> = {}
  const clones = sources.map((source) => ({ source, clone: cloneOf(source, at) }))
  await insertInstances(
    tx,
    clones.map((c) => c.clone),
  )
  for (const { clone } of clones)
    await registerNew({ tx, createIn: undefined }, 'instance', [clone.instance_id], { owner: clone.owner, zone_id: zone, create_time: at })
  const newVolumes = []
  const derived: Derived[] = []
  for (const { source, clone } of clones) {
    const { owner } = clone
    derived.push({
      resource_id: clone.instance_id,
      resource_type: 'instance',
      source_id: source.instance_id,
      owner,
      zone_id: zone,
      create_time: at,
    })
    await createNics(tx, { instanceIds: [clone.instance_id], requests: networks.get(source.instance_id)!, owner, zone_id: zone, at })
    await attachKeypairs(
      tx,
      [clone.instance_id],
      (keypairs.get(source.instance_id) ?? []).map((k) => k.keypair_id),
      at,
    )
    const volumes = (sourceVolumes.get(source.instance_id) ?? []).map((v) => ({
      from: v.volume_id,
      row: { ...volumeCloneOf(v, clone.instance_id, at), owner },
    }))
    newVolumes.push(...volumes.map((v) => v.row))
    derived.push(
      ...volumes.map((v) => ({
        resource_id: v.row.volume_id,
        resource_type: 'volume',
        source_id: v.from,
        owner,
        zone_id: zone,
        create_time: at,
      })),
    )
    instance_set[source.instance_id] = {
      instance_map: { [source.instance_id]: clone.instance_id },
      ...(volumes.length ? { volumes_map: Object.fromEntries(volumes.map((v) => [v.from, v.row.volume_id])) } : {}),
    }
  }
  for (const [owner, owned] of countByOwner(
    clones.map((c) => ({ owner: c.clone.owner, source: c.source.instance_id, clone: c.clone.instance_id })),
  )) {
    await bindClones({ ...ctx, caller: { ...ctx.caller, user_id: owner } }, owned)
  }
  await insertVolumes(tx, newVolumes)
  for (const v of newVolumes)
    await registerNew({ tx, createIn: undefined }, 'volume', [v.volume_id], { owner: v.owner, zone_id: zone, create_time: at })
  await joinSourceProjects(tx, derived)
  const instances = clones.map((c) => c.clone.instance_id)
  const volumes = newVolumes.map((v) => v.volume_id)
  const job_id = await ctx.enqueueJob({ resource_ids: [...instances, ...volumes], directive: { instances, volumes } })
  return { job_id, instances, instance_set }
}
