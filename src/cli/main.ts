import { type Command, CommanderError } from 'commander'
import { ApiError } from '../protocol/errors.js'
import { QingApiError, QingConfigError, QingJobFailedError, QingNetworkError, QingTimeoutError } from '../sdk/index.js'
import { ConfigError, loadConfig } from '../server/config.js'
import { StartupError } from '../server/startup-errors.js'
import { startProgram } from './start.js'

/**
 * Exit codes: 0 success; 1 the call failed (QingCloud error, failed job, timeout, no answer); 2 the
 * command line was wrong.
 */
const io = { stdout: process.stdout, stderr: process.stderr }

/** Errors whose message says it all; anything else is a bug, its stack shown at log level debug. */
const EXPLAINED = [ConfigError, StartupError, ApiError, QingNetworkError, QingConfigError]

const debugging = ['debug', 'trace'].includes(process.env.QINGSTACK_LOG_LEVEL ?? '')

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
    const cause = (error as Error).cause
    if (debugging && cause instanceof Error) process.stderr.write(`${cause.stack ?? cause.message}\n`)
  } else if (debugging) {
    process.stderr.write(`qingstack: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  } else {
    process.stderr.write(`qingstack: ${error instanceof Error ? error.message : String(error)} (QINGSTACK_LOG_LEVEL=debug shows where)\n`)
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
  // A server that failed to start leaves nothing behind, whatever it had opened.
  if (process.argv[2] === 'start') process.exit(process.exitCode ?? 1)
}
