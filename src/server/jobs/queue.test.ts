import { describe, expectTypeOf, it } from 'vitest'
import type { HandlerContext } from '../actions/types.js'
import type { Directive } from './queue.js'

// Type-level: `tsc -p .` (run by CI) fails if these stop holding; vitest only runs the bodies.
describe('job directives', () => {
  it('are typed per action by their job kind', () => {
    expectTypeOf<Directive<'ResizeVolumes'>>().toEqualTypeOf<{ volumes: string[]; size: number }>()
    expectTypeOf<Directive<'JoinVxnet'>>().toEqualTypeOf<{ vxnet: string; instances: string[] }>()
    expectTypeOf<Directive<'DescribeVolumes'>>().toBeNever()
  })

  it('are what a handler must hand enqueueJob', () => {
    const enqueue = (ctx: HandlerContext<Directive<'TerminateInstances'>>) => {
      void ctx.enqueueJob({ resource_ids: [], directive: { instances: [], direct_cease: false } })
      // @ts-expect-error direct_cease is missing
      void ctx.enqueueJob({ resource_ids: [], directive: { instances: [] } })
      // @ts-expect-error a directive is required
      void ctx.enqueueJob({ resource_ids: [] })
    }
    expectTypeOf(enqueue).toBeFunction()
  })
})
