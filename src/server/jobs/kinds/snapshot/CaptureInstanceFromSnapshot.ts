import { CaptureInstance } from '../image/CaptureInstance.js'

/** The new image is made like a captured one: pending/creating → available (docs/compat.md#snapshot-derived). */
export const CaptureInstanceFromSnapshot = CaptureInstance
