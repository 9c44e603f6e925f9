import { CreateVolumes } from '../volume/CreateVolumes.js'

/** The new volume is created like any other: pending/creating → available (spec iaas.md §7). */
export const CreateVolumeFromSnapshot = CreateVolumes
