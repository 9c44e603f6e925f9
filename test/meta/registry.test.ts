import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { actions } from '../../src/protocol/actions/index.js'
import type { AnyAction } from '../../src/protocol/define.js'
import { errorCatalog } from '../../src/protocol/errors.js'
import { handlers } from '../../src/server/actions/index.js'
import { jobKinds } from '../../src/server/jobs/kinds/index.js'

const all = Object.entries(actions) as Array<[string, AnyAction]>

describe('the action registry is complete', () => {
  it.each(all)('%s: descriptor, handler, test and (if async) job kind agree', (name, descriptor) => {
    expect(descriptor.name).toBe(name)
    expect(fs.existsSync(path.resolve(`src/protocol/actions/${descriptor.service}/${name}.ts`)), 'descriptor file').toBe(true)
    expect(fs.existsSync(path.resolve(`src/server/actions/${descriptor.service}/${name}.ts`)), 'handler file').toBe(true)
    expect(typeof (handlers as Record<string, unknown>)[name]).toBe('function')
    expect(fs.existsSync(path.resolve(`test/actions/${descriptor.service}/${name}.test.ts`)), 'test file').toBe(true)
    const kind = (jobKinds as Record<string, unknown>)[name]
    if (descriptor.mode === 'async') {
      expect(kind, 'job kind').toBeDefined()
      expect(fs.existsSync(path.resolve(`src/server/jobs/kinds/${descriptor.service}/${name}.ts`)), 'job kind file').toBe(true)
    } else {
      expect(kind, 'a sync action has no job kind').toBeUndefined()
    }
    for (const key of descriptor.errors) expect(Object.keys(errorCatalog)).toContain(key)
    expect(descriptor.summary.length).toBeGreaterThan(10)
  })

  it('has no job kind without an async action', () => {
    for (const name of Object.keys(jobKinds)) expect((actions as Record<string, AnyAction>)[name]?.mode).toBe('async')
  })
})
