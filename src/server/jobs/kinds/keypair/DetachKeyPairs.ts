import { detachKeypairs } from '../../../db/stores/keypairs.js'
import { defineJobKind } from '../../kind.js'
import { keypairsDirective } from './AttachKeyPairs.js'

/** Unbinds every key pair from every instance (docs/compat.md#keypair-attach). */
export const DetachKeyPairs = defineJobKind({
  directive: keypairsDirective,
  steps: [{ realisticMs: 2000, run: ({ tx, directive }) => detachKeypairs(tx, directive.instances, directive.keypairs) }],
})
