import type { InstanceImage } from '../../../protocol/records/instance.js'
import { checkLogin, resetDiskSize, type Platform } from '../../domain/images.js'
import type { Handler } from '../types.js'
import { keypairs } from '../../services/lookups/keypair.js'
import { embeddedImage, usableImage } from './images.js'
import { instances } from '../../services/lookups/instance.js'
import { beginInstanceMove } from './moves.js'

export const ResetInstances: Handler<'ResetInstances'> = async (params, ctx) => {
  const rows = await instances.all(ctx.tx.db, params.instances, ctx.zone)
  const image = params.image_id === undefined ? undefined : embeddedImage(await usableImage(ctx, params.image_id))
  const disks: Record<string, number> = {}
  for (const row of rows) {
    const platform = (image ?? (JSON.parse(row.image) as InstanceImage)).platform as Platform
    checkLogin(platform, params)
    disks[row.instance_id] = resetDiskSize(row.instance_id, platform, row.os_disk_size, params.os_disk_size)
  }
  const keypair = params.login_mode === 'keypair' ? await keypairs.one(ctx.tx.db, params.login_keypair!, ctx.zone) : undefined
  const job_id = await beginInstanceMove(ctx, rows, 'reset', { keypair: keypair?.keypair_id, image, disks })
  return { job_id }
}
