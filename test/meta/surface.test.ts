import fs from 'node:fs'
import type { Command } from 'commander'
import { describe, expect, it } from 'vitest'
import { buildProgram } from '../../src/cli/program.js'
import { actions } from '../../src/protocol/actions/index.js'
import type { AnyAction } from '../../src/protocol/define.js'
import { commandName, isPaged, methodName, serviceCommandName } from '../../src/protocol/surface.js'
import { QingClient } from '../../src/sdk/index.js'

const all = Object.entries(actions) as Array<[string, AnyAction]>

/** A client whose requests are captured instead of sent. */
function capturingClient() {
  const sent: URLSearchParams[] = []
  const client = new QingClient({
    endpoint: 'http://127.0.0.1:1/iaas/',
    accessKeyId: 'K',
    secretAccessKey: 'S',
    fetch: async (input) => {
      sent.push(new URL(String(input)).searchParams)
      return new Response('{"ret_code":0}')
    },
  })
  return { client, sent }
}

const noOutput = { stdout: { write: () => true }, stderr: { write: () => true } }
const program = buildProgram({ dataDir: '/nonexistent', env: {} }, noOutput)

function find(parent: Command, name: string): Command | undefined {
  return parent.commands.find((c) => c.name() === name)
}

describe('every registry action reaches users', () => {
  it.each(all)('%s has an SDK method that sends it', async (name) => {
    const { client, sent } = capturingClient()
    const method = (client as unknown as Record<string, (p?: object) => Promise<unknown>>)[methodName(name)]
    expect(typeof method).toBe('function')
    await method!.call(client, {})
    expect(sent[0]!.get('action')).toBe(name)
  })

  it.each(all)('%s has a CLI command with a flag per parameter', (name, descriptor) => {
    const group = find(program, serviceCommandName(descriptor.service))
    const command = group && find(group, commandName(name))
    expect(command, `qingstack ${serviceCommandName(descriptor.service)} ${commandName(name)}`).toBeDefined()
    const flags = command!.options.map((o) => o.long)
    for (const param of Object.keys(descriptor.params)) {
      if (param !== 'zone') expect(flags).toContain(`--${param}`)
    }
    expect(flags.includes('--wait')).toBe(descriptor.mode === 'async')
    expect(flags.includes('--all')).toBe(isPaged(descriptor))
    expect(command!.summary()).toBe(descriptor.summary)
    expect(find(program, commandName(name)), 'the ungrouped spelling').toBeDefined()
  })

  it.each(all)('%s has a section in docs/api/', (name, descriptor) => {
    const page = fs.readFileSync(`docs/api/${descriptor.service}.md`, 'utf8')
    expect(page).toContain(`\n## ${name}\n`)
    expect(fs.readFileSync('docs/api/README.md', 'utf8')).toContain(`[${name}](${descriptor.service}.md#${name.toLowerCase()})`)
  })
})
