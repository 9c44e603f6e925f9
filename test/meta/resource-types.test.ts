import { describe, expect, it } from 'vitest'
import { actions } from '../../src/protocol/actions/index.js'
import type { AnyAction } from '../../src/protocol/define.js'
import { parentTypes, recordsOf, resourceTypes, type ResourceType } from '../../src/protocol/resource-types/index.js'

const all = Object.values(actions) as AnyAction[]

/**
 * The resource-type definitions (src/protocol/resource-types/) against the action registry: what
 * the compiler cannot see across the two. The rest (parents are items, id fields are record fields,
 * quota counters, recycle-bin tables) is checked by types.
 */
describe('resource-type definitions', () => {
  it('give every type with an id prefix its own prefix', () => {
    const prefixes = Object.values(resourceTypes)
      .map((d) => d.prefix)
      .filter((p) => p !== '')
    expect(new Set(prefixes).size).toBe(prefixes.length)
  })

  it.each([...recordsOf].map(([type, records]) => [type, records] as const))(
    '%s: a Describe* of the type answers its list key',
    (type, records) => {
      const owner: ResourceType = parentTypes[type] ?? type
      const listing = all.filter((d) => d.permission.operation === 'describe' && Object.hasOwn(d.response, records.setKey))
      expect(listing.map((d) => d.permission.resource)).toContain(owner)
    },
  )
})
