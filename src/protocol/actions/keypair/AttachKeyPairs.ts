import { keypairInstancesAction } from './pairs.js'

export const AttachKeyPairs = keypairInstancesAction(
  'AttachKeyPairs',
  'Attach key pairs to running or stopped instances (each to each) when the job ends; pairs already attached stay.',
  'binds',
)
