import type { ActionName } from '../../src/protocol/actions/index.js'
import type { QingClient } from '../../src/sdk/index.js'

/**
 * What the Describe scenarios list. Each target seeds resources through the API in batches (so the
 * bench measures the server as users fill it) and names the Describe call and its filter.
 */
export interface Target {
  name: string
  describe: ActionName
  /** Creates `count` resources in `zone`; resolves when they have settled. */
  seed(client: QingClient, count: number, zone: string): Promise<string[]>
  point(id: string): Record<string, unknown>
  /** A filter that matches a fraction of the resources, paged by 20. */
  filter: Record<string, unknown>
}

const BATCH = 100

async function inBatches(count: number, create: (n: number) => Promise<string[]>): Promise<string[]> {
  const ids: string[] = []
  const lanes = 4
  let left = count
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (left > 0) {
        const n = Math.min(BATCH, left)
        left -= n
        ids.push(...(await create(n)))
      }
    }),
  )
  return ids
}

export const volumes: Target = {
  name: 'volumes',
  describe: 'DescribeVolumes',
  seed: (client, count, zone) =>
    inBatches(count, async (n) => (await client.createVolumes({ size: 20 + 10 * (n % 5), count: n, volume_name: `bench-${n}`, zone })).volumes),
  point: (id) => ({ volumes: [id] }),
  filter: { status: ['available'], search_word: 'bench', limit: 20 },
}
