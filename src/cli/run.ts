import { InvalidArgumentError, Option, type Command } from 'commander'
import { actions } from '../protocol/actions/index.js'
import type { AnyAction } from '../protocol/define.js'
import type { ParamPair } from '../protocol/signing.js'
import { QingJobFailedError, QingTimeoutError, type PagedAction, type QingClient } from '../sdk/index.js'
import { isPaged, setKeyOf } from '../protocol/surface.js'
import { render, type OutputFlags } from './output.js'
import { progress, type ProgressStream } from './progress.js'

export interface Io {
  stdout: { write(text: string): unknown }
  stderr: ProgressStream
}

export interface RunFlags extends OutputFlags {
  wait?: boolean
  timeout?: number
  all?: boolean
}

const DEFAULT_WAIT_S = 300

export function addWaitOptions(command: Command): Command {
  return command
    .addOption(new Option('--wait', 'wait for the job to end, showing its progress').helpGroup('Connection and output:'))
    .addOption(
      new Option('--timeout <seconds>', `give up waiting after this long (default: ${DEFAULT_WAIT_S})`)
        .argParser(parseSeconds)
        .helpGroup('Connection and output:'),
    )
}

function parseSeconds(value: string): number {
  const seconds = Number(value)
  if (!Number.isFinite(seconds) || seconds <= 0) throw new InvalidArgumentError('must be a positive number of seconds')
  return seconds
}

/** A call from a derived command (typed parameters) or from `qingstack call` (wire pairs as given). */
export type CallSpec = { action: string; params: Record<string, unknown> } | { action: string; pairs: ParamPair[] }

/**
 * Makes one call and prints the answer; `--all` pages through every record, `--wait` then follows the
 * job. Rejects (non-zero exit) with the QingCloud error, a failed job or a timeout.
 */
export async function runCall(client: QingClient, io: Io, spec: CallSpec, flags: RunFlags): Promise<void> {
  const answer =
    'pairs' in spec
      ? await client.send(spec.action, spec.pairs)
      : flags.all
        ? await allPages(client, spec.action, spec.params)
        : await client.request(spec.action, spec.params)
  io.stdout.write(render(answer, flags.output, flags))
  const jobId = answer.job_id
  if (!flags.wait || typeof jobId !== 'string') return
  const shown = progress(io.stderr, `job ${jobId} (${spec.action})`)
  let last = 'pending'
  try {
    const job = await client.waitForJob(jobId, {
      timeoutMs: (flags.timeout ?? DEFAULT_WAIT_S) * 1000,
      onPoll: (seen) => {
        last = seen.status
        // The end is shown by finish(), with the time it took.
        if (seen.status !== 'successful' && seen.status !== 'failed') shown.update(seen.status)
      },
    })
    shown.finish(job.status, true)
  } catch (error) {
    if (error instanceof QingJobFailedError) shown.finish(`failed${error.job.error_codes ? ` (${error.job.error_codes})` : ''}`, false)
    else if (error instanceof QingTimeoutError) shown.finish(`gave up waiting, still ${last},`, false)
    else shown.finish('stopped waiting', false)
    throw error
  }
}

/** `--all`: one answer holding the records of every page. */
async function allPages(client: QingClient, action: string, params: Record<string, unknown>): Promise<Record<string, unknown>> {
  const descriptor = (actions as Record<string, AnyAction>)[action]
  const setKey = descriptor && setKeyOf(descriptor)
  if (!setKey || !isPaged(descriptor)) return client.request(action, params)
  let merged: Record<string, unknown> | undefined
  for await (const page of client.pages(action as PagedAction, params as never)) {
    const items = (page as Record<string, unknown>)[setKey] as unknown[]
    if (!merged) merged = { ...page, [setKey]: [...items] }
    else (merged[setKey] as unknown[]).push(...items)
  }
  return merged!
}
