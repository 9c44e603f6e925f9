import { actions, type ActionName, type Actions } from '../protocol/actions/index.js'
import type { AnyAction, InputOfAction, ResponseOfAction } from '../protocol/define.js'
import type { ParamShape } from '../protocol/params.js'
import type { ResourceType } from '../protocol/resources.js'
import { setKeyOf } from '../protocol/surface.js'
import type { PageOptions } from './paginate.js'

/**
 * What the SDK derives from the action registry: the types of each action's input and answer, which
 * actions page, and which Describe* reports on a resource type. New actions need no SDK change.
 */

/** Parameters every call accepts besides the action's own. */
export interface CommonInput {
  /** The zone of this call; default: the client's zone. */
  zone?: string
  /**
   * Act in a project (docs/compat.md#project-id-on-iaas): a Describe* lists that project's items, a creation adds to it.
   * Actions of the Project service declare `project_id` themselves.
   */
  project_id?: string
}

/** What a caller passes to an action: its parameters with QingCloud's names and value types. */
export type ActionInput<A extends ActionName> = InputOfAction<Actions[A]> & Omit<CommonInput, keyof InputOfAction<Actions[A]>>
/** The whole success answer of an action, `action` and `ret_code` included. */
export type ActionResponse<A extends ActionName> = ResponseOfAction<Actions[A]>

/** Arguments of a call: the params object may be left out when the action requires none. */
export type CallArgs<A extends ActionName, Omitted extends string = never> =
  object extends Omit<ActionInput<A>, Omitted> ? [params?: Omit<ActionInput<A>, Omitted>] : [params: Omit<ActionInput<A>, Omitted>]

/** Arguments of `paginate` and `pages`: the params without `offset`/`limit`, then page options. */
export type PageArgs<A extends ActionName> =
  object extends Omit<ActionInput<A>, 'offset' | 'limit'>
    ? [params?: Omit<ActionInput<A>, 'offset' | 'limit'>, options?: PageOptions]
    : [params: Omit<ActionInput<A>, 'offset' | 'limit'>, options?: PageOptions]

type SetKey<R> = Extract<
  { [K in keyof R]-?: K extends `${string}_set` ? (R[K] extends readonly unknown[] ? K : never) : never }[keyof R],
  string
>

/** Actions answering a page of records (`offset`, `limit`, `<thing>_set`, `total_count`). */
export type PagedAction = {
  [A in ActionName]: Actions[A]['params'] extends { offset: unknown; limit: unknown }
    ? [SetKey<ActionResponse<A>>] extends [never]
      ? never
      : A
    : never
}[ActionName]

/** One record of a paged action's `<thing>_set`. */
export type ItemOf<A extends PagedAction> = ActionResponse<A>[SetKey<ActionResponse<A>>] extends ReadonlyArray<infer I> ? I : never

export interface DescribeOf {
  action: ActionName
  /** The list parameter that takes the ids (`volumes`). */
  idsParam: string
  /** The response list (`volume_set`) and the id field of its records (`volume_id`). */
  setKey: string
  idField: string
}

/**
 * The Describe* action that reports on a resource type: it answers `<type>_set` and takes a list of
 * `<type>` ids. Undefined when the registry has none (yet).
 */
export function describeActionFor(type: ResourceType): DescribeOf | undefined {
  for (const [name, descriptor] of Object.entries(actions) as Array<[ActionName, AnyAction]>) {
    if (setKeyOf(descriptor) !== `${type}_set`) continue
    const idsParam = Object.entries(descriptor.params as ParamShape).find(
      ([, spec]) => spec.kind === 'list' && spec.state.item?.kind === 'id' && spec.state.item.state.resource === type,
    )?.[0]
    if (idsParam) return { action: name, idsParam, setKey: `${type}_set`, idField: `${type}_id` }
  }
  return undefined
}
