import { CreateVolumes } from './CreateVolumes.js'

/** The clones follow CreateVolumes: pending/creating → available, ceased if the job fails. */
export const CloneVolumes = CreateVolumes
