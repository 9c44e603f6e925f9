import type { JobKind } from '../kind.js'
import { CreateVolumes } from './CreateVolumes.js'

/** The clones follow CreateVolumes: pending/creating → available, ceased if the job fails. */
export const CloneVolumes: JobKind<{ volumes: string[] }> = CreateVolumes
