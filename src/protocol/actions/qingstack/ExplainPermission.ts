import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { Explanation } from '../../records/operator.js'

export const ExplainPermission = defineAction({
  name: 'ExplainPermission',
  service: 'qingstack',
  summary:
    "Say whether a user may make a request and why: each named resource's owner, the project it is reached through, the role and the rule that grants or is missing. Nothing is executed.",
  mode: 'sync',
  zone: 'optional',
  permission: { resource: 'monitor', operation: 'describe' },
  callers: 'any',
  params: {
    user: p
      .string({ max: 256 })
      .required()
      .describe('the user (user ID or e-mail); root, or the owner of a project the user is a member of'),
    action_name: p.string({ max: 128 }).required().describe('the action to explain, as a client sends it (`StopInstances`)'),
    parameters: p
      .list(p.string({ max: 4096 }), { maxItems: 1000 })
      .describe("the action's parameters, each `name=value` as on the wire (`instances.1=i-abc`)"),
  },
  response: Explanation,
  errors: ['MissingParameter', 'InvalidParameter', 'InvalidAction', 'ResourceNotFound', 'PermissionDenied'],
})
