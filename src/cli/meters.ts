import { Command } from 'commander'
import { addConnectionOptions, connect, type CliEnvironment, type ConnectionFlags } from './connect.js'
import { render } from './output.js'
import type { Io } from './run.js'

/**
 * `qingstack meters set RESOURCE METER=VALUE… --for 15m` and `qingstack meters clear RESOURCE [METER…]`:
 * SetMeterValues and ClearMeterValues (root, on /qingstack/) with the meters as the arguments a
 * person types (docs/monitoring.md#driving-meters).
 */
export function metersCommand(where: CliEnvironment, io: Io): Command {
  const meters = new Command('meters').description('pin monitoring meters to drive alarms on purpose (root only)')
  const set = new Command('set')
    .description('pin meters of a resource, in the unit GetMonitor answers: cpu=950 is 95 %, if-<mac>=[in,out] in B/s')
    .argument('<resource>', 'an instance, EIP or router ID')
    .argument('<meters...>', 'METER=VALUE pairs, e.g. cpu=950 memory=800')
    .option('--for <duration>', 'how long, e.g. 90s, 15m, 2h, 1d', '15m')
  addConnectionOptions(set)
  set.action(async (resource: string, pairs: string[], flags: ConnectionFlags & { for: string }, self: Command) => {
    const entries = pairs.map((pair) => {
      const eq = pair.indexOf('=')
      if (eq <= 0) self.error(`error: "${pair}" is not METER=VALUE`)
      return { meter: pair.slice(0, eq), value: pair.slice(eq + 1) }
    })
    const answer = await connect(flags, where).setMeterValues({ resource, meters: entries, duration: flags.for })
    io.stdout.write(render(answer, flags.output, flags))
  })
  const clear = new Command('clear')
    .description('unpin meters of a resource (all of them unless named)')
    .argument('<resource>', 'an instance, EIP or router ID')
    .argument('[meters...]', 'only these meters')
  addConnectionOptions(clear)
  clear.action(async (resource: string, names: string[], flags: ConnectionFlags) => {
    const answer = await connect(flags, where).clearMeterValues({ resource, ...(names.length ? { meters: names } : {}) })
    io.stdout.write(render(answer, flags.output, flags))
  })
  return meters.addCommand(set).addCommand(clear)
}
