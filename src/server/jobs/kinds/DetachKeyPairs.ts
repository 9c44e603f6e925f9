import { detachKeypairs } from '../../db/stores/keypairs.js'
import type { JobKind } from '../kind.js'
import type { KeypairsDirective } from './AttachKeyPairs.js'

/** Unbinds every key pair from every instance (docs/compat.md#keypair-attach). */
export const DetachKeyPairs: JobKind<KeypairsDirective> = {
  steps: [{ realisticMs: 2000, run: ({ tx, directive }) => detachKeypairs(tx, directive.instances, directive.keypairs) }],
}
