import type { Kysely } from 'kysely'

// Frozen once merged (house rule 8): change the schema with a new numbered migration.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // DescribeVolumes by status (`status.1=available`, what clients poll) reads one user's volumes of
  // that status in creation order from this index, as DescribeInstances does, instead of every
  // volume of the user in the zone.
  await db.schema
    .createIndex('volumes_owner_zone_status_time')
    .on('volumes')
    .columns(['owner', 'zone_id', 'status', 'create_time', 'volume_id'])
    .execute()
  // DescribeInstances by status and type: the page comes in creation order and total_count is
  // counted from the index alone, without reading every matching row (bench/describe-scale.ts).
  await db.schema
    .createIndex('instances_owner_zone_status_type_time')
    .on('instances')
    .columns(['owner', 'zone_id', 'status', 'instance_type', 'create_time', 'instance_id'])
    .execute()
}
