import { ApiError } from '../../../protocol/errors.js'
import { isoAt } from '../../domain/clock.js'
import { newId } from '../../domain/ids.js'
import { checkLogin, osDiskSize } from '../../domain/images.js'
import { resolveSize } from '../../domain/instance-types.js'
import { insertInstances, type InstanceRow } from '../../db/stores/instances.js'
import { attachKeypairs } from '../../db/stores/keypairs.js'
import { registerNew } from '../../db/stores/resources.js'
import { requireQuota } from '../../services/quotas.js'
import type { Handler } from '../types.js'
import { keypairs } from '../../services/lookups/keypair.js'
import { bindNewInstances } from '../../services/instance-security-groups.js'
import { securityGroups } from '../../services/lookups/security_group.js'
import { checkUserData } from '../../services/userdata.js'
import { claimVolumesForNewInstance } from '../../services/volume-attach.js'
import { embeddedImage, usableImage } from './images.js'
import { createNics, parseNicRequests } from '../../services/nics.js'

export const RunInstances: Handler<'RunInstances'> = async (params, ctx) => {
  const { tx, caller, zone, now } = ctx
  if (params.volumes?.length && params.count > 1) {
    throw new ApiError('InvalidParameter', { param: 'count', reason: 'must be 1 when volumes are given' })
  }
  const image = await usableImage(ctx, params.image_id)
  const size = resolveSize(params, { goDefaults: true })
  checkLogin(image.platform, params)
  const os_disk_size = osDiskSize(image.platform, params.os_disk_size)
  const keypair = params.login_mode === 'keypair' ? await keypairs.one(tx.db, params.login_keypair!, zone) : undefined
  const nicRequests = parseNicRequests(params.vxnets)
  const group = params.security_group === undefined ? undefined : await securityGroups.one(tx.db, params.security_group, zone)
  await checkUserData(ctx, params)
  await requireQuota(ctx, { instance: params.count, cpu: params.count * size.vcpus_current, memory: params.count * size.memory_current })
  if (params.dry_run) return { instances: [], job_id: '' }

  const at = isoAt(now)
  const rows: InstanceRow[] = Array.from({ length: params.count }, () => ({
    instance_id: newId('i-'),
    instance_name: params.instance_name?.trim() ?? '',
    description: null,
    ...size,
    instance_class: params.instance_class,
    os_disk_size,
    image_id: image.image_id,
    image: JSON.stringify(embeddedImage(image)),
    login_mode: params.login_mode,
    hostname: params.hostname ?? null,
    nic_mqueue: params.nic_mqueue,
    status: 'pending',
    transition_status: 'creating',
    sub_code: 0,
    owner: caller.user_id,
    zone_id: zone,
    create_time: at,
    status_time: at,
  }))
  const instances = rows.map((row) => row.instance_id)
  // Volumes are checked (and claimed) before anything is written: a refusal leaves no instance.
  await claimVolumesForNewInstance(tx, {
    volume_ids: params.volumes ?? [],
    instance_id: instances[0]!,
    instance_class: params.instance_class,
    zone,
  })
  await insertInstances(tx, rows)
  await registerNew(ctx, 'instance', instances, { owner: caller.user_id, zone_id: zone, create_time: at })
  await createNics(tx, { instanceIds: instances, requests: nicRequests, owner: caller.user_id, zone_id: zone, at })
  await bindNewInstances(ctx, instances, group?.security_group_id)
  if (keypair) await attachKeypairs(tx, instances, [keypair.keypair_id], at)
  const job_id = await ctx.enqueueJob({ resource_ids: instances, directive: { instances, volumes: params.volumes ?? [] } })
  return { job_id, instances }
}
