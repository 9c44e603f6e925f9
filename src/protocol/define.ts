import { z } from 'zod'
import type { ErrorKey } from './errors.js'
import { lazy, type InputOf, type ParamShape, type ParamsOf } from './params.js'
import type { ResourceType } from './resources.js'

/** Services group actions into SDK namespaces, CLI command groups and docs pages. */
export const services = [
  'zone',
  'job',
  'instance',
  'image',
  'volume',
  'keypair',
  'snapshot',
  'tag',
  'userdata',
  'quota',
  'security_group',
  'eip',
  'vxnet',
  'router',
  'loadbalancer',
  'project',
  'account',
  'billing',
  'qingstack',
  'monitor',
  'alarm',
  'notification',
] as const
export type Service = (typeof services)[number]

/**
 * The two endpoints: QingCloud's `/iaas/`, and `/qingstack/` for qingstack's own controls (audit log,
 * faults, clock, …), so that their names can never collide with a QingCloud action. Each action is
 * resolved on its service's endpoint alone.
 */
export type Endpoint = 'iaas' | 'qingstack'

/** The endpoint that answers a service's actions. */
export function endpointOf(service: Service): Endpoint {
  return service === 'qingstack' ? 'qingstack' : 'iaas'
}

/**
 * Who may call an action at all, checked by the authorize stage before any resource rule (1400
 * naming why): `any` user (on their own resources, or a project's as its rules grant), or the
 * `root` user alone (qingstack's global controls).
 */
export type Callers = 'any' | 'root'

/** Operation classes of project role rules (docs/compat.md#rule-policies). */
export type Operation = 'describe' | 'modify' | 'delete'

/**
 * The permission an action needs. A caller always may act on its own resources; on a project's
 * resources only as far as its role's enabled rules grant `operation` on `resource` (or the action
 * by name, for `policy=action` rules).
 */
export interface Permission {
  resource: ResourceType | 'monitor'
  operation: Operation
  /** Only a project's (or, outside the Project service, the resource's) owner may, whatever a member's role grants (DeleteProjects, adding items, GrantImageToUsers). */
  owner_only?: true
}

/** How an action uses the common `zone` parameter (docs/compat.md#zone-parameter). */
export type ZoneUse = 'required' | 'optional' | 'none'

export type Mode = 'sync' | 'async'

export interface ActionDescriptor<
  N extends string = string,
  P extends ParamShape = ParamShape,
  R extends z.ZodRawShape = z.ZodRawShape,
  M extends Mode = Mode,
> {
  name: N
  service: Service
  /** One line: the SDK's JSDoc, the CLI's --help, the docs' first sentence. */
  summary: string
  mode: M
  zone: ZoneUse
  permission: Permission
  /** Who may call it at all (root-only controls); default `any`. */
  callers: Callers
  params: P
  /** Response fields besides `action`, `ret_code` and (async) `job_id`. */
  response: R
  /** The schema of the whole body a handler returns, built on first use (as parameters' schemas). */
  responseSchema: () => z.ZodObject<R>
  errors: readonly ErrorKey[]
  /** Other spellings clients send (docs/compat.md#misspelled-actions); the response echoes the spelling received. */
  aliases: readonly string[]
  /**
   * Set when the action is implemented only in part: what differs from QingCloud, in one sentence.
   * docs/compat.md and docs/api/ show it.
   */
  partial: string | undefined
  /**
   * A Describe* that may write what it lazily creates (the default security group, docs/compat.md#default-security-group):
   * it does not run in a read-only transaction.
   */
  writesDefaults: boolean
  /**
   * Set on an action that binds resources together (attach, associate, apply, join): the
   * parameters naming what it binds, the holder first, and whether it binds them to what it
   * creates for the caller. All must have one owner (docs/compat.md#one-owner-per-binding).
   */
  binds: Binds | undefined
  /**
   * Set on an action that undoes bindings (detach, dissociate, leave): the parameters naming either
   * side. The owner of one side may name the other whoever owns it (docs/compat.md#one-owner-per-binding).
   */
  unbinds: readonly string[] | undefined
}

/** What a binding action binds: `params` (an `objects` parameter binds within each object). */
export interface Binds {
  params: readonly string[]
  /** The action creates the caller's resources and binds what `params` name to them (RunInstances). */
  toNew?: true
}

/** The operation class an action name implies (docs/compat.md#rule-policies). */
export function operationOf(name: string): Operation {
  if (/^(Describe|Get)/.test(name)) return 'describe'
  if (/^(Delete|Terminate|Release|Cease)/.test(name)) return 'delete'
  return 'modify'
}

export function defineAction<const N extends string, P extends ParamShape, R extends z.ZodRawShape, M extends Mode>(input: {
  name: N
  service: Service
  summary: string
  mode: M
  zone: ZoneUse
  permission: { resource: ResourceType | 'monitor'; operation?: Operation; owner_only?: true }
  callers?: Callers
  params: P
  response: R
  errors: readonly ErrorKey[]
  aliases?: readonly string[]
  partial?: string
  writesDefaults?: boolean
  binds?: { params: ReadonlyArray<keyof P & string>; toNew?: true }
  unbinds?: ReadonlyArray<keyof P & string>
}): ActionDescriptor<N, P, R, M> {
  return {
    ...input,
    permission: {
      resource: input.permission.resource,
      operation: input.permission.operation ?? operationOf(input.name),
      ...(input.permission.owner_only ? { owner_only: true as const } : {}),
    },
    callers: input.callers ?? 'any',
    // `job_id` included for async actions.
    responseSchema: lazy(
      () => z.object(input.mode === 'async' ? { ...input.response, job_id: z.string() } : input.response) as z.ZodObject<R>,
    ),
    aliases: input.aliases ?? [],
    partial: input.partial,
    writesDefaults: input.writesDefaults ?? false,
    binds: input.binds,
    unbinds: input.unbinds,
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any descriptor, whatever its params and response (see AnyParam)
export type AnyAction = ActionDescriptor<string, any, any, Mode>

/** Typed parameters a handler receives. */
export type ParamsOfAction<D extends AnyAction> = ParamsOf<D['params']>
/** Parameters an SDK caller passes. */
export type InputOfAction<D extends AnyAction> = InputOf<D['params']>
/** The body a handler returns (the envelope adds `action` and `ret_code`). */
export type BodyOfAction<D extends AnyAction> = FieldsOf<D['response']> & (D['mode'] extends 'async' ? { job_id: string } : unknown)
// zod infers `{}` as Record<string, never>, which no `job_id` could join: an empty response adds nothing.
type FieldsOf<R extends z.ZodRawShape> = keyof R extends never ? unknown : z.infer<z.ZodObject<R>>
/** The whole success answer on the wire. */
export type ResponseOfAction<D extends AnyAction> = { action: string; ret_code: 0 } & BodyOfAction<D>
