import type { Handler } from '../types.js'
import { clockState } from './clock.js'

export const DescribeClock: Handler<'DescribeClock'> = async (_params, { operator }) => clockState(operator)
