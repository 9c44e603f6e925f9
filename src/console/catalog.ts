import { z } from 'zod'
import { actions, type ActionName } from '../protocol/actions/index.js'
import type { AnyAction } from '../protocol/define.js'
import type { AnyParam } from '../protocol/params.js'
import { recordsOf, resourceTypes, typeOfSetKey, type ResourceType } from '../protocol/resource-types/index.js'
import { setKeyOf } from '../protocol/surface.js'

/**
 * The console's resource pages, derived from the registry: each type's Describe* action (by its
 * `<type>_set`), the columns its record has, and the actions of its service that act on selected
 * rows or create new ones. A new action of the service appears here without UI code.
 */
export interface ResourcePage {
  type: ResourceType
  /** `/volumes`: the route of its list. */
  path: string
  title: string
  describe: AnyAction
  setKey: string
  idField: string
  columns: readonly string[]
  /** Actions whose parameters name this type's ids: run on the selected rows. */
  rowActions: readonly RowAction[]
  /** Actions of the service that make new ones (Create*, Run*, Allocate*). */
  createActions: readonly AnyAction[]
}

export interface RowAction {
  action: AnyAction
  /** The parameter the selected ids go in, and whether it takes a list of them. */
  param: string
  many: boolean
}

/** The pages, in the order of the menu; titles as QingCloud's console names them. */
const pageTypes: ReadonlyArray<[ResourceType, string]> = [
  ['instance', 'Instances'],
  ['volume', 'Volumes'],
  ['image', 'Images'],
  ['keypair', 'Key pairs'],
  ['snapshot', 'Snapshots'],
  ['security_group', 'Security groups'],
  ['security_group_rule', 'Security group rules'],
  ['eip', 'EIPs'],
  ['vxnet', 'VxNets'],
  ['router', 'Routers'],
  ['tag', 'Tags'],
  ['job', 'Jobs'],
  ['access_key', 'Access keys'],
]

const preferredColumns = ['name', 'status', 'transition_status', 'create_time']

const allActions = Object.values(actions) as AnyAction[]

function pageOf(type: ResourceType, title: string): ResourcePage | undefined {
  const definition = resourceTypes[type] as { records?: { schema: z.ZodObject; setKey: string; idField: string } }
  const records = definition.records
  if (!records) return undefined
  const describe = allActions.find((a) => a.name.startsWith('Describe') && setKeyOf(a) === records.setKey)
  if (!describe) return undefined
  const fields = Object.keys(records.schema.shape)
  const nameField = fields.find((f) => f === `${type}_name`) ?? fields.find((f) => f.endsWith('_name'))
  const extra = type === 'instance' ? ['instance_type', 'vcpus_current', 'memory_current'] : type === 'volume' ? ['size'] : []
  const columns = [
    records.idField,
    ...(nameField ? [nameField] : []),
    ...extra,
    ...preferredColumns.filter((c) => c !== 'name' && fields.includes(c)),
  ]
    // The status badge carries the transition beside it.
    .filter((c) => c !== 'transition_status' || !fields.includes('status'))
    .filter((c, i, all) => all.indexOf(c) === i && fields.includes(c))
  const rowActions: RowAction[] = []
  for (const action of allActions) {
    if (action.service !== describe.service || action.name.startsWith('Describe')) continue
    const hit = Object.entries(action.params as Record<string, AnyParam>).find(([, param]) => {
      const state = param.state
      if (state.kind === 'list') return state.item?.state.kind === 'id' && state.item.state.resource === type
      return state.kind === 'id' && state.resource === type && state.mode === 'required'
    })
    if (hit) rowActions.push({ action, param: hit[0], many: hit[1].state.kind === 'list' })
  }
  // A type that joins projects is added to one from its own list (`resources` takes any item's ids).
  const project = (definition as { project?: unknown }).project
  if (typeof project === 'object' && project !== null && 'item' in project) {
    rowActions.push({ action: actions.AddProjectResourceItems as AnyAction, param: 'resources', many: true })
  }
  const createActions = allActions.filter(
    (a) => a.service === describe.service && /^(Create|Run|Allocate|Add)/.test(a.name) && !rowActions.some((r) => r.action === a),
  )
  return {
    type,
    path: `/${type}s`,
    title,
    describe,
    setKey: records.setKey,
    idField: records.idField,
    columns,
    rowActions,
    createActions,
  }
}

export const resourcePages: readonly ResourcePage[] = pageTypes.flatMap(([type, title]) => pageOf(type, title) ?? [])

export function pageOfType(type: string): ResourcePage | undefined {
  return resourcePages.find((page) => page.type === type)
}

/** The page whose ids start with this id's prefix: links from one resource to another. */
export function pageOfId(id: string): ResourcePage | undefined {
  let best: ResourcePage | undefined
  for (const page of resourcePages) {
    const prefix = (resourceTypes[page.type] as { prefix: string }).prefix
    if (prefix && id.startsWith(prefix) && (!best || prefix.length > (resourceTypes[best.type] as { prefix: string }).prefix.length)) {
      best = page
    }
  }
  return best
}

export function actionNamed(name: ActionName): AnyAction {
  return actions[name] as AnyAction
}

/** A Describe* that lists what relates to one resource: DescribeInstances by `vxnet`, DescribeRouterStatics by `router`. */
export interface RelatedList {
  action: AnyAction
  param: string
  setKey: string
  /** The listed records' id field, when their type is known. */
  idField: string | undefined
}

/** The Describe* actions (other than the type's own) that take one id of this type as a filter. */
export function relatedLists(type: ResourceType): RelatedList[] {
  const own = pageOfType(type)?.describe
  return allActions.flatMap((action) => {
    const setKey = setKeyOf(action)
    if (action === own || !action.name.startsWith('Describe') || setKey === undefined) return []
    const param = Object.entries(action.params as Record<string, AnyParam>).find(
      ([name, p]) => (p.state.kind === 'id' && p.state.resource === type) || (name === type && p.state.kind === 'string'),
    )
    // One that needs another parameter too (DescribeRouterVxnets' router, from a VxNet) is not a list of this one's.
    const needsMore = Object.entries(action.params as Record<string, AnyParam>).some(
      ([name, p]) => name !== param?.[0] && p.state.mode === 'required',
    )
    if (!param || needsMore) return []
    const listed = typeOfSetKey.get(setKey)
    return [{ action, param: param[0], setKey, idField: listed ? recordsOf.get(listed)?.idField : undefined }]
  })
}
