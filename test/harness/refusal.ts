import { QingApiError } from '../../src/sdk/index.js'

/** The error a call answered with; fails the test when the call succeeded or failed otherwise. */
export async function refusal(call: Promise<unknown>): Promise<QingApiError> {
  const outcome = await call.then(
    (body) => new Error(`expected an error answer, got ${JSON.stringify(body)}`),
    (error: unknown) => error,
  )
  if (outcome instanceof QingApiError) return outcome
  throw outcome
}
