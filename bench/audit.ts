// The audit log's cost (docs/operator.md#audit-log): two servers of one build, the log on (the
// default) and off (QINGSTACK_AUDIT=0), each with 1 000 instances, measured in alternation on a
// signed DescribeInstances (a read, its event written behind) and a signed ModifyInstanceAttributes
// that changes the description each time (a change, its event in the change's own transaction).
// Reported as on/off ratios of one run.
import { expectOk, load } from './lib/load.js'
import { startQingstack } from './lib/processes.js'
import { presign } from './lib/sign.js'
import { instances } from './lib/targets.js'

export interface AuditFigure {
  figure: string
  value: string
  ratio: string
  target: string
  /** CPU µs per request of the server, on / off (the least of the rounds). */
  cpu: string
}

/**
 * Rounds of off-then-on; the best of each side counts, as the least disturbed by the shared machine
 * (the highest rate, and apart from it the least CPU time per request).
 */
const ROUNDS = 2
/** How many descriptions the change cycles through. */
const CHANGE_VALUES = 16

export async function auditBench(seconds: number, say: (text: string) => void): Promise<{ rows: AuditFigure[]; raw: unknown }> {
  say('audit log on / off: two servers with 1 000 instances each')
  const on = await startQingstack()
  const off = await startQingstack({ env: { QINGSTACK_AUDIT: '0' } })
  try {
    const urls = []
    for (const server of [on, off]) {
      const [id] = await instances.seed(server.client, 1000, 'pek3a')
      urls.push({
        read: presign(server.endpoint, 'DescribeInstances', { limit: 20 }),
        // Each request sets a description other than the one before it (on its connection, and
        // mostly on the row): an update to the value the row holds writes nothing, and would
        // measure a change that changes nothing.
        change: Array.from({ length: CHANGE_VALUES }, (_, i) =>
          presign(server.endpoint, 'ModifyInstanceAttributes', { instance: id, description: `benched-${i}` }),
        ),
      })
    }
    const [onUrls, offUrls] = urls as [(typeof urls)[0], (typeof urls)[0]]
    const best = { on: { read: 0, change: 0 }, off: { read: 0, change: 0 } }
    const cpuUs = { on: { read: Infinity, change: Infinity }, off: { read: Infinity, change: Infinity } }
    const servers = { on, off }
    for (let round = 0; round < ROUNDS; round++) {
      for (const kind of ['read', 'change'] as const) {
        for (const [side, set] of [
          ['off', offUrls],
          ['on', onUrls],
        ] as const) {
          for (const url of [set[kind]].flat()) await expectOk(url)
          const cpuBefore = servers[side].cpuMs()
          const result = await load(set[kind], { connections: 16, seconds })
          if (result.errors > 0) throw new Error(`audit bench: ${result.errors} errors (${side}, ${kind})`)
          best[side][kind] = Math.max(best[side][kind], result.rps)
          const requests = result.rps * seconds
          if (requests > 0) cpuUs[side][kind] = Math.min(cpuUs[side][kind], ((servers[side].cpuMs() - cpuBefore) * 1000) / requests)
        }
      }
    }
    const row = (figure: string, kind: 'read' | 'change'): AuditFigure => ({
      figure,
      value: `${best.on[kind].toFixed(0)} / ${best.off[kind].toFixed(0)}`,
      ratio: `${(best.on[kind] / best.off[kind]).toFixed(2)} (cost ${((1 - best.on[kind] / best.off[kind]) * 100).toFixed(1)} %)`,
      target: '>= 0.90',
      cpu: `${cpuUs.on[kind].toFixed(0)} / ${cpuUs.off[kind].toFixed(0)}`,
    })
    return {
      rows: [
        row('audit on / off: signed DescribeInstances (20 of 1 000) req/s c16', 'read'),
        row('audit on / off: signed ModifyInstanceAttributes req/s c16', 'change'),
      ],
      raw: { rps: best, cpuUs },
    }
  } finally {
    await Promise.all([on.stop(), off.stop()])
  }
}
