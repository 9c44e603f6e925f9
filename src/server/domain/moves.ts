import { ApiError } from '../../protocol/errors.js'

/**
 * A state-machine move of a resource with `status` and `transition_status` (docs/compat.md#resource-states):
 * allowed from some statuses and only while settled (docs/compat.md#batch-all-or-nothing); during the move the
 * record keeps its source status and shows `transition` (`''`: none is documented); the job ends
 * it in `to` (`'same'`: the status it had).
 */
export interface Move<S extends string, T extends string> {
  from: readonly S[]
  transition: T
  to: S | 'same'
  /** Past participle for the refusal: "can not be stopped". */
  verb: string
}

export interface MovingState<S extends string, T extends string> {
  status: S
  transition_status: T
}

/**
 * 1400 naming the state, in the docs' style:
 * `PermissionDenied, instance [i-2aypaijz] is not running (it is stopped), can not be stopped`.
 */
export function checkMove<S extends string, T extends string>(
  subject: { label: string; id: string },
  state: MovingState<S, T>,
  move: Move<S, T>,
): void {
  const who = `${subject.label} [${subject.id}]`
  if (state.transition_status !== '') {
    throw new ApiError('PermissionDenied', { reason: `${who} is ${state.transition_status}, can not be ${move.verb} until it settles` })
  }
  if (!move.from.includes(state.status)) {
    throw new ApiError('PermissionDenied', {
      reason: `${who} is not ${move.from.join(' or ')} (it is ${state.status}), can not be ${move.verb}`,
    })
  }
}

/** The status a resource settles in at the end of `move`. */
export function settledStatus<S extends string, T extends string>(move: Move<S, T>, current: S): S {
  return move.to === 'same' ? current : move.to
}
