import { p } from '../../params.js'

/** `start_time` / `end_time` of the billing actions: UTC, whole seconds or milliseconds (docs/compat.md#billing-charges). */
export const timeParam = (what: string) =>
  p
    .string({
      max: 40,
      pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/,
      patternDoc: 'a UTC time such as 2011-07-11T11:07:00Z or 2011-07-11T11:07:00.520Z',
    })
    .describe(what)
