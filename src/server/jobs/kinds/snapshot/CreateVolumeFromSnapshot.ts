import { CreateVolumes } from '../volume/CreateVolumes.js'

/** The new volume is created like any other: pending/creating → available (docs/compat.md#snapshot-derived). */
export const CreateVolumeFromSnapshot = CreateVolumes
