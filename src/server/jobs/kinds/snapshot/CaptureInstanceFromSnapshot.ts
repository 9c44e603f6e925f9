import { CaptureInstance } from '../image/CaptureInstance.js'

/** The new image is made like a captured one: pending/creating → available (spec iaas.md §7). */
export const CaptureInstanceFromSnapshot = CaptureInstance
