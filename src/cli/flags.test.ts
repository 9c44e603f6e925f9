import { Command } from 'commander'
import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { p } from '../protocol/params.js'
import { paramFlags, readParams } from './flags.js'

const shape = {
  instances: p.list(p.id('instance')).required(),
  force: p.flag(),
  count: p.int({ min: 1 }).default(1),
  status: p.enum(['a', 'b']),
  rules: p.objects({ protocol: p.string(), priority: p.int() }),
  meta: p.json(z.unknown()),
  security_group: p.id('security_group'),
  zone: p.string(),
}

function parse(args: string[]) {
  const flags = paramFlags(shape)
  const command = new Command('t').exitOverride().configureOutput({ writeErr: () => {} })
  for (const flag of flags) {
    command.addOption(flag.option)
    if (flag.alias) command.addOption(flag.alias)
  }
  command.parse(args, { from: 'user' })
  return readParams(flags, command.opts())
}

describe('flags derived from parameters', () => {
  it('reads lists as a,b, repeated flags or JSON; objects as k=v or JSON; flags with or without a value', () => {
    expect(
      parse([
        '--instances',
        'i-a,i-b',
        '--instances',
        '["i-c"]',
        '--force',
        '--count',
        '3',
        '--rules',
        'protocol=tcp,priority=1',
        '--rules',
        '[{"protocol":"udp","priority":2}]',
        '--meta',
        '{"color":"#fff"}',
        '--security-group',
        'sg-1',
      ]),
    ).toEqual({
      params: {
        instances: ['i-a', 'i-b', 'i-c'],
        force: true,
        count: 3,
        rules: [
          { protocol: 'tcp', priority: '1' },
          { protocol: 'udp', priority: 2 },
        ],
        meta: { color: '#fff' },
        security_group: 'sg-1',
      },
      missing: [],
    })
    expect(parse(['--instances', 'i-a', '--force', '0']).params.force).toBe(false)
    expect(parse(['--security_group', 'sg-2', '--instances', 'i-a']).params.security_group).toBe('sg-2')
  })

  it('reports missing required parameters and rejects malformed values', () => {
    expect(parse([]).missing).toEqual(['--instances'])
    expect(() => parse(['--count', 'x'])).toThrow('must be an integer')
    expect(() => parse(['--status', 'c'])).toThrow('Allowed choices are a, b')
    expect(() => parse(['--rules', 'protocol'])).toThrow('"protocol" is not key=value')
    expect(() => parse(['--meta', '{'])).toThrow('must be JSON text')
    expect(() => parse(['--force', 'maybe'])).toThrow('must be 0, 1, true or false')
  })

  it('leaves zone to the common --zone flag', () => {
    expect(paramFlags(shape).map((f) => f.param)).not.toContain('zone')
  })
})
