import { z } from 'zod'
import type { AnyAction, Service } from './define.js'

/**
 * How an action surfaces to users, derived from its descriptor so that the SDK, the CLI and the docs
 * agree: the SDK method, the CLI command, and whether its answer is a page of records.
 */

/** `CreateVolumes` → `createVolumes`. */
export function methodName(action: string): string {
  return action.charAt(0).toLowerCase() + action.slice(1)
}

/** `DescribeSecurityGroupIPSets` → `describe-security-group-ipsets`, as QingCloud's CLI names commands. */
export function commandName(action: string): string {
  return action.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()
}

/** `security_group` → `security-group`: the CLI group of a service. */
export function serviceCommandName(service: Service): string {
  return service.replaceAll('_', '-')
}

/** The `<thing>_set` field of a response, if the action answers a list of records. */
export function setKeyOf(descriptor: AnyAction): string | undefined {
  return Object.keys(descriptor.response).find((key) => key.endsWith('_set') && descriptor.response[key] instanceof z.ZodArray)
}

/** Whether the action pages with `offset`/`limit` over a `<thing>_set`. */
export function isPaged(descriptor: AnyAction): boolean {
  return 'offset' in descriptor.params && 'limit' in descriptor.params && setKeyOf(descriptor) !== undefined
}
