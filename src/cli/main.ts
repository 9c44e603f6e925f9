import { type Command, CommanderError } from 'commander'
import { ApiError } from '../protocol/errors.js'
import { QingApiError, QingConfigError, QingJobFailedError, QingNetworkError, QingTimeoutError } from '../sdk/index.js'
import { ConfigError, loadConfig } from '../server/config.js'
import { startProgram } from './start.js'

/**
 * Exit codes: 0 success; 1 the call failed (QingCloud error, failed job, timeout, no answer); 2 the
 * command line was wrong.
 */
const io = { stdout: process.stdout, stderr: process.stderr }

/** Errors whose message says it all; anything else is a bug, shown with its stack. */
const EXPLAINED = [ConfigError, ApiError, QingNetworkError, QingConfigError]

function fail(error: unknown): void {
  if (error instanceof CommanderError) {
    // Commander has printed its message (or the help) already.
    process.exitCode = error.exitCode === 0 ? 0 : 2
    return
  }
  if (error instanceof QingApiError) {
    process.stderr.write(`qingstack: ${error.action} failed with ret_code ${error.ret_code}: ${error.message}\n`)
  } else if (error instanceof QingJobFailedError || error instanceof QingTimeoutError) {
    // The progress display has said what happened.
  } else if (EXPLAINED.some((type) => error instanceof type)) {
    process.stderr.write(`qingstack: ${(error as Error).message}\n`)
  } else {
    process.stderr.write(`qingstack: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  }
  process.exitCode = 1
}

/** Commander exits by itself unless told otherwise, command by command. */
function throwInsteadOfExit(command: Command): void {
  command.exitOverride()
  for (const sub of command.commands) throwInsteadOfExit(sub)
}

try {
  const where = { dataDir: loadConfig(process.env).dataDir, env: process.env }
  // The server needs none of the API commands: build (and load) them only for the other commands.
  const program = process.argv[2] === 'start' ? startProgram(where) : (await import('./program.js')).buildProgram(where, io)
  throwInsteadOfExit(program)
  await program.parseAsync(process.argv)
} catch (error) {
  fail(error)
}
