import { ApiError } from '../../../protocol/errors.js'
import { resolveSize } from '../../domain/instance-types.js'
import { requireQuota } from '../../services/quotas.js'
import type { Handler } from '../types.js'
import { instances } from '../../services/lookups/instance.js'
import { beginInstanceMove } from './moves.js'

export const ResizeInstances: Handler<'ResizeInstances'> = async (params, ctx) => {
  const rows = await instances.all(ctx.tx.db, params.instances, ctx.zone)
  const sized = params.instance_type !== undefined || params.cpu !== undefined || params.memory !== undefined
  if (!sized && params.os_disk_size === undefined) throw new ApiError('MissingParameter', { param: 'instance_type' })
  const size = sized ? resolveSize(params, { goDefaults: false }) : undefined
  for (const row of rows) {
    if (params.os_disk_size !== undefined && params.os_disk_size < row.os_disk_size) {
      throw new ApiError('InvalidParameter', {
        param: 'os_disk_size',
        reason: `can only grow the ${row.os_disk_size} GB OS disk of instance [${row.instance_id}] (got [${params.os_disk_size}])`,
      })
    }
  }
  if (size) {
    const grow = (field: 'vcpus_current' | 'memory_current') => rows.reduce((sum, row) => sum + Math.max(0, size[field] - row[field]), 0)
    await requireQuota(ctx, { cpu: grow('vcpus_current'), memory: grow('memory_current') })
  }
  const job_id = await beginInstanceMove(ctx, rows, 'resize', { size, os_disk_size: params.os_disk_size })
  return { job_id }
}
