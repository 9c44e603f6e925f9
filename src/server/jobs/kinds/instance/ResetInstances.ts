import { z } from 'zod'
import { InstanceImage } from '../../../../protocol/records/instance.js'
import { instanceMoves } from '../../../domain/instances.js'
import { updateInstances } from '../../../db/stores/instances.js'
import { attachKeypairs, findKeypairs } from '../../../db/stores/keypairs.js'
import { instanceMoveKind, instancesDirective } from './moves.js'

const resetDirective = instancesDirective.extend({
  keypair: z.string().optional(),
  image: InstanceImage.optional(),
  disks: z.record(z.string(), z.number()),
})

/**
 * <status>/resetting → <status> (docs/compat.md#resource-states): the OS disk is the image's again (another
 * image's with image_id, docs/compat.md#reset-instances) and a keypair login attaches its key pair.
 */
export const ResetInstances = instanceMoveKind(instanceMoves.reset, 8000, resetDirective, async (tx, directive, at) => {
  for (const instance_id of directive.instances) {
    const image = directive.image ? { image_id: directive.image.image_id, image: JSON.stringify(directive.image) } : {}
    await updateInstances(tx, [instance_id], { os_disk_size: directive.disks[instance_id]!, ...image })
  }
  if (directive.keypair && (await findKeypairs(tx.db, [directive.keypair])).length > 0) {
    await attachKeypairs(tx, directive.instances, [directive.keypair], at)
  }
})
