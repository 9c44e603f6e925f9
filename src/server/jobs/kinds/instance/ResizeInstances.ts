import { z } from 'zod'
import { instanceMoves } from '../../../domain/instances.js'
import { updateInstances } from '../../../db/stores/instances.js'
import { instanceMoveKind, instancesDirective } from './moves.js'

const resizeDirective = instancesDirective.extend({
  size: z.object({ instance_type: z.string(), vcpus_current: z.number(), memory_current: z.number() }).optional(),
  os_disk_size: z.number().optional(),
})

/** stopped/resizing → stopped with the new size (docs/compat.md#resource-states, docs/compat.md#resizing-transition). */
export const ResizeInstances = instanceMoveKind(instanceMoves.resize, 6000, resizeDirective, async (tx, directive) => {
  const changes = { ...directive.size, ...(directive.os_disk_size === undefined ? {} : { os_disk_size: directive.os_disk_size }) }
  if (Object.keys(changes).length > 0) await updateInstances(tx, directive.instances, changes)
})
