import type { Migration } from 'kysely'
import * as m001 from './001-foundation.js'
import * as m009 from './009-removed-resources.js'
import * as m010 from './010-volumes.js'
import * as m011 from './011-instances.js'
import * as m012 from './012-tags.js'
import * as m013 from './013-snapshots.js'
import * as m014 from './014-describe-indexes.js'
import * as m015 from './015-userdata-attachments.js'
import * as m020 from './020-network.js'
import * as m021 from './021-security-group-sets.js'
import * as m022 from './022-router-static-entries.js'
import * as m023 from './023-rule-disabled.js'
import * as m030 from './030-projects.js'
import * as m040 from './040-job-steps.js'
import * as m050 from './050-audit-events.js'
import * as m051 from './051-operator-controls.js'
import * as m060 from './060-instance-search.js'
import * as m061 from './061-instance-counts.js'
import * as m070 from './070-load-balancers.js'
import * as m071 from './071-server-certificates-policies.js'
import * as m080 from './080-monitoring-alarms.js'
import * as m090 from './090-billing.js'

/**
 * Every migration, in order. Numbers are frozen; ranges keep parallel work apart:
 * 001-009 foundation, 010-019 compute and storage, 020-029 networking, 030-039 projects,
 * 040-049 scale-out, 050-059 operator controls, 060-069 speed, 070-079 load balancers,
 * 080-089 monitoring and alarms, 090-099 billing.
 */
export const migrations: Record<string, Migration> = {
  '001-foundation': m001,
  '009-removed-resources': m009,
  '010-volumes': m010,
  '011-instances': m011,
  '012-tags': m012,
  '013-snapshots': m013,
  '014-describe-indexes': m014,
  '015-userdata-attachments': m015,
  '020-network': m020,
  '021-security-group-sets': m021,
  '022-router-static-entries': m022,
  '023-rule-disabled': m023,
  '030-projects': m030,
  '040-job-steps': m040,
  '050-audit-events': m050,
  '051-operator-controls': m051,
  '060-instance-search': m060,
  '061-instance-counts': m061,
  '070-load-balancers': m070,
  '071-server-certificates-policies': m071,
  '080-monitoring-alarms': m080,
  '090-billing': m090,
}
