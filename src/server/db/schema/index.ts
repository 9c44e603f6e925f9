import type { AccessKeysTable } from './access-keys.js'
import type { AuditEventResourcesTable, AuditEventsTable, AuditOutboxTable } from './audit-events.js'
import type { ImagesTable, ImageUsersTable } from './images.js'
import type { InstanceCountsTable, InstanceNicsTable, InstancesTable } from './instances.js'
import type {
  EipsTable,
  RoutersTable,
  RouterStaticEntriesTable,
  RouterStaticsTable,
  SecurityGroupBindingsTable,
  SecurityGroupIpsetsTable,
  SecurityGroupSnapshotsTable,
  SecurityGroupRulesTable,
  SecurityGroupsTable,
  VxnetsTable,
} from './network.js'
import type {
  AlarmHistoryTable,
  AlarmPoliciesTable,
  AlarmPolicyActionsTable,
  AlarmPolicyRulesTable,
  AlarmsTable,
  MeterPinsTable,
  NotificationItemsTable,
  NotificationListItemsTable,
  NotificationListsTable,
  NotificationsTable,
} from './monitoring.js'
import type { JobStepsTable } from './job-steps.js'
import type { LeasesTable } from './leases.js'
import type { JobsTable } from './jobs.js'
import type { FaultRulesTable, WorldClockTable } from './operator.js'
import type { InstanceKeypairsTable, KeypairsTable } from './keypairs.js'
import type { LoadbalancerBackendsTable, LoadbalancerListenersTable, LoadbalancersTable } from './loadbalancers.js'
import type { LoadbalancerPoliciesTable, LoadbalancerPolicyRulesTable } from './loadbalancer-policies.js'
import type { GroupRoleRulesTable, GroupRolesTable, ProjectMembersTable, ProjectResourceItemsTable, ProjectsTable } from './projects.js'
import type { RemovedResourcesTable, ResourcesTable } from './resources.js'
import type { ServerCertificatesTable } from './server-certificates.js'
import type { SnapshotsTable } from './snapshots.js'
import type { TagBindingsTable, TagsTable } from './tags.js'
import type { UserdataAttachmentsTable } from './userdata.js'
import type { UsersTable } from './users.js'
import type { VolumesTable } from './volumes.js'

/** Every table, as Kysely sees it. Column names are QingCloud's wire names (house rule 1). */
export interface DB {
  users: UsersTable
  access_keys: AccessKeysTable
  jobs: JobsTable
  job_steps: JobStepsTable
  audit_events: AuditEventsTable
  audit_event_resources: AuditEventResourcesTable
  audit_outbox: AuditOutboxTable
  resources: ResourcesTable
  removed_resources: RemovedResourcesTable
  volumes: VolumesTable
  instances: InstancesTable
  instance_nics: InstanceNicsTable
  instance_counts: InstanceCountsTable
  images: ImagesTable
  image_users: ImageUsersTable
  keypairs: KeypairsTable
  instance_keypairs: InstanceKeypairsTable
  tags: TagsTable
  tag_bindings: TagBindingsTable
  projects: ProjectsTable
  group_roles: GroupRolesTable
  group_role_rules: GroupRoleRulesTable
  project_members: ProjectMembersTable
  project_resource_items: ProjectResourceItemsTable
  snapshots: SnapshotsTable
  security_groups: SecurityGroupsTable
  security_group_rules: SecurityGroupRulesTable
  security_group_bindings: SecurityGroupBindingsTable
  eips: EipsTable
  vxnets: VxnetsTable
  routers: RoutersTable
  router_statics: RouterStaticsTable
  router_static_entries: RouterStaticEntriesTable
  security_group_snapshots: SecurityGroupSnapshotsTable
  security_group_ipsets: SecurityGroupIpsetsTable
  userdata_attachments: UserdataAttachmentsTable
  loadbalancers: LoadbalancersTable
  loadbalancer_listeners: LoadbalancerListenersTable
  loadbalancer_backends: LoadbalancerBackendsTable
  leases: LeasesTable
  world_clock: WorldClockTable
  fault_rules: FaultRulesTable
  server_certificates: ServerCertificatesTable
  loadbalancer_policies: LoadbalancerPoliciesTable
  loadbalancer_policy_rules: LoadbalancerPolicyRulesTable
  meter_pins: MeterPinsTable
  alarm_policies: AlarmPoliciesTable
  alarm_policy_rules: AlarmPolicyRulesTable
  alarm_policy_actions: AlarmPolicyActionsTable
  alarms: AlarmsTable
  alarm_history: AlarmHistoryTable
  notification_lists: NotificationListsTable
  notification_items: NotificationItemsTable
  notification_list_items: NotificationListItemsTable
  notifications: NotificationsTable
}
