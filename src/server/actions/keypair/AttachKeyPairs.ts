import type { Handler } from '../types.js'
import { enqueueKeypairJob } from './pairs.js'

export const AttachKeyPairs: Handler<'AttachKeyPairs'> = async (params, ctx) => ({ job_id: await enqueueKeypairJob(ctx, params) })
