import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'

export const CreateFaultRules = defineAction({
  name: 'CreateFaultRules',
  service: 'qingstack',
  summary:
    'Add a fault rule: the next `count` matching requests (or each with a `probability`) get an error answer, a delay, a job that fails, or a dropped connection.',
  mode: 'sync',
  zone: 'none',
  permission: { resource: 'monitor', operation: 'modify' },
  callers: 'root',
  params: {
    fault_action: p
      .string({ max: 128, pattern: /^[A-Za-z]*\*?$/, patternDoc: 'an action name, or a prefix ending in `*`' })
      .required()
      .describe('the action it applies to (`RunInstances`), or a prefix ending in `*` (`Describe*`)'),
    user: p.string({ max: 256 }).describe('only requests of this user (user ID or e-mail)'),
    target_zone: p.string({ max: 64 }).describe('only requests in this zone'),
    resource: p.string({ max: 128 }).describe('only requests naming this resource ID'),
    count: p.int({ min: 1, max: 1_000_000 }).describe('apply to the next N matching requests (give this or `probability`)'),
    probability: p
      .string({ max: 16, pattern: /^(0?\.\d+|1(\.0*)?|0)$/, patternDoc: 'a number from 0 to 1' })
      .describe('apply to each matching request with this probability, from 0 to 1, until it expires'),
    expires_in: p.int({ min: 1, max: 366 * 86_400 }).describe('seconds (on the wall clock) after which the rule no longer applies'),
    ret_code: p.int({ min: 1 }).describe("answer with this ret_code (one of QingCloud's, as docs/errors.md lists)"),
    message: p.string({ max: 400 }).describe('with `ret_code`: the message of the answer'),
    delay_ms: p.int({ min: 1, max: 600_000 }).describe('delay the answer by this many milliseconds, then answer as usual'),
    fail_job: p.int({ min: 1 }).describe('the job of an asynchronous action ends `failed` with this code after its normal time'),
    drop: p.flag().describe('1: close the connection without an answer'),
  },
  response: {
    fault_rules: z.array(z.string()),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied'],
})
