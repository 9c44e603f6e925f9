import { defineAction } from '../../define.js'
import { p } from '../../params.js'

/** AttachKeyPairs / DetachKeyPairs: every key pair with every instance (docs/compat.md#keypair-attach). */
export function keypairInstancesAction<const N extends string>(name: N, summary: string, binding: 'binds' | 'unbinds') {
  return defineAction({
    name,
    service: 'keypair',
    summary,
    mode: 'async',
    zone: 'required',
    permission: { resource: 'keypair', operation: 'modify' },
    params: {
      keypairs: p.list(p.id('keypair')).required().describe('key-pair IDs'),
      instances: p.list(p.id('instance')).required().describe('instance IDs, running or stopped'),
    },
    response: {},
    errors: ['MissingParameter', 'ResourceNotFound', 'PermissionDenied'],
    ...(binding === 'binds' ? { binds: { params: ['instances', 'keypairs'] as const } } : { unbinds: ['keypairs', 'instances'] as const }),
  })
}
