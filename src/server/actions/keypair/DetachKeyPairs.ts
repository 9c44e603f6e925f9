import type { Handler } from '../types.js'
import { enqueueKeypairJob } from './pairs.js'

export const DetachKeyPairs: Handler<'DetachKeyPairs'> = async (params, ctx) => ({ job_id: await enqueueKeypairJob(ctx, params) })
