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
  /** Creates `count` resources named `name` in `zone`; resolves when they have settled. */
  seedNamed(client: QingClient, count: number, zone: string, name: string): Promise<string[]>
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

/** Polls until `count` resources of `describe` in `zone` match `status`. */
async function settled(client: QingClient, describe: ActionName, zone: string, status: string, count: number): Promise<void> {
  for (let i = 0; i < 6000; i++) {
    const answer = (await client.call(describe, { zone, status: [status], limit: 1 } as never)) as unknown as { total_count: number }
    if (answer.total_count >= count) return
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error(`${describe}: ${count} resources did not reach ${status}`)
}

export const instances: Target = {
  name: 'instances',
  describe: 'DescribeInstances',
  async seed(client, count, zone) {
    const before = (await client.describeInstances({ zone, status: ['running'], limit: 1 })).total_count
    // Batches alternate between two types, so an instance_type filter matches about half.
    let batch = 0
    const ids = await inBatches(count, async (n) => {
      const { instances: created } = await client.runInstances({
        zone,
        image_id: 'centos7x64d',
        instance_type: batch++ % 2 ? 'c1m1' : 'c2m4',
        count: n,
        instance_name: `bench-${n}`,
        login_mode: 'passwd',
        login_passwd: 'Bench-Passw0rd',
      })
      return created
    })
    await settled(client, 'DescribeInstances', zone, 'running', before + count)
    return ids
  },
  async seedNamed(client, count, zone, name) {
    const before = (await client.describeInstances({ zone, status: ['running'], limit: 1 })).total_count
    const { instances: created } = await client.runInstances({
      zone,
      image_id: 'centos7x64d',
      instance_type: 'c1m1',
      count,
      instance_name: name,
      login_mode: 'passwd',
      login_passwd: 'Bench-Passw0rd',
    })
    await settled(client, 'DescribeInstances', zone, 'running', before + count)
    return created
  },
  point: (id) => ({ instances: [id] }),
  filter: { status: ['running'], limit: 20 },
}

export const volumes: Target = {
  name: 'volumes',
  describe: 'DescribeVolumes',
  seed: (client, count, zone) =>
    inBatches(
      count,
      async (n) => (await client.createVolumes({ size: 20 + 10 * (n % 5), count: n, volume_name: `bench-${n}`, zone })).volumes,
    ),
  seedNamed: async (client, count, zone, name) => (await client.createVolumes({ size: 20, count, volume_name: name, zone })).volumes,
  point: (id) => ({ volumes: [id] }),
  filter: { status: ['available'], search_word: 'bench', limit: 20 },
}
