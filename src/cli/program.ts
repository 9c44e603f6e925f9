import type { Command } from 'commander'
import { actions } from '../protocol/actions/index.js'
import type { AnyAction } from '../protocol/define.js'
import { actionCommand, callCommand, serviceCommands } from './actions.js'
import { adminCommands } from './admin.js'
import { auditCommand } from './audit.js'
import { metersCommand } from './meters.js'
import type { CliEnvironment } from './connect.js'
import { operatorControlCommands } from './operator-controls.js'
import type { Io } from './run.js'
import { addStartCommand, baseProgram } from './start.js'

/**
 * The whole `qingstack` command line: the server (`start`), administration (`users`, `keys`), and the
 * API (`call`, and one command per action, grouped by service).
 */
export function buildProgram(where: CliEnvironment, io: Io): Command {
  const program = baseProgram()
  addStartCommand(program, where)
  for (const command of adminCommands(io, where.env)) program.addCommand(command)
  program.addCommand(callCommand(where, io))
  for (const command of operatorControlCommands(where, io)) program.addCommand(command)
  program.addCommand(auditCommand(where, io))
  program.addCommand(metersCommand(where, io))
  for (const command of serviceCommands(where, io)) program.addCommand(command)
  // `qingstack create-volumes …` works too, as in QingCloud's CLI where commands are not grouped.
  for (const descriptor of Object.values(actions) as AnyAction[]) {
    program.addCommand(actionCommand(descriptor, where, io), { hidden: true })
  }
  return program
}
