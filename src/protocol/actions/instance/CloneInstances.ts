import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const CloneInstances = defineAction({
  name: 'CloneInstances',
  service: 'instance',
  summary: 'Clone running or stopped instances with their volumes; the clones pass through pending/creating to running.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'instance', operation: 'modify' },
  // A clone is its source's owner's; the VxNets it joins must be that owner's too.
  binds: { params: ['instances', 'vxnets'] },
  params: {
    instances: p.list(p.id('instance')).required().describe('source instance IDs'),
    vxnets: p
      .list(p.idWithin('vxnet', { part: 1, max: 200 }))
      .example(['i-0a1b2c3d|vxnet-0a1b2c3d|192.168.0.10'])
      .describe(
        "networks of a clone: `instance-id|vxnet-id[|ip]` (quotes as in the docs' example are stripped); a project's VxNet takes vxnet.modify",
      ),
  },
  response: {
    instances: z.array(z.string()),
    /** Keyed by source instance id (Go `instance_set map[string]InstanceDetails`). */
    instance_set: z.record(
      z.string(),
      z.object({ instance_map: z.record(z.string(), z.string()), volumes_map: z.record(z.string(), z.string()).optional() }),
    ),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied', 'QuotaExceeded', 'InsufficientResources'],
})
