import { instanceMoves } from '../../domain/instances.js'
import type { ResolvedSize } from '../../domain/instance-types.js'
import { updateInstances } from '../../db/stores/instances.js'
import { instanceMoveKind, type InstancesDirective } from './instance-moves.js'

interface ResizeDirective extends InstancesDirective {
  size?: ResolvedSize
  os_disk_size?: number
}

/** stopped/resizing → stopped with the new size (docs/compat.md#resource-states, docs/compat.md#resizing-transition). */
export const ResizeInstances = instanceMoveKind<ResizeDirective>(instanceMoves.resize, 6000, async (tx, directive) => {
  const changes = { ...directive.size, ...(directive.os_disk_size === undefined ? {} : { os_disk_size: directive.os_disk_size }) }
  if (Object.keys(changes).length > 0) await updateInstances(tx, directive.instances, changes)
})
