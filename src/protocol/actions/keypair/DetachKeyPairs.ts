import { keypairInstancesAction } from './pairs.js'

export const DetachKeyPairs = keypairInstancesAction(
  'DetachKeyPairs',
  'Detach key pairs from running or stopped instances when the job ends; pairs not attached are left as they are.',
  'unbinds',
)
