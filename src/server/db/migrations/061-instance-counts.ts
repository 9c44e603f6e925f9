import { PostgresAdapter, sql, type Kysely } from 'kysely'

// Frozen once merged (house rule 8): change the schema with a new numbered migration.
//
// DescribeInstances answers total_count, and a full page of 20 does not tell it: counting 50 000
// index entries was most of what a filtered page over 50 000 instances cost (bench/run.ts). The
// count of each owner's instances per zone and status is kept here by triggers, in the transaction
// of every write to instances, so the common filters (none, or by status) add up a few rows.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('instance_counts')
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('instance_counts_pk', ['owner', 'zone_id', 'status'])
    .execute()
  await sql`
    insert into instance_counts (owner, zone_id, status, n)
    select owner, zone_id, status, count(*) from instances group by owner, zone_id, status`.execute(db)
  if (db.getExecutor().adapter instanceof PostgresAdapter) await postgres(db)
  else await sqlite(db)
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function sqlite(db: Kysely<any>): Promise<void> {
  const add = (row: 'new' | 'old', by: number) => `
    insert into instance_counts (owner, zone_id, status, n) values (${row}.owner, ${row}.zone_id, ${row}.status, ${by})
      on conflict (owner, zone_id, status) do update set n = n + ${by};`
  await sql.raw(`create trigger instance_counts_insert after insert on instances begin ${add('new', 1)} end`).execute(db)
  await sql.raw(`create trigger instance_counts_delete after delete on instances begin ${add('old', -1)} end`).execute(db)
  await sql
    .raw(`create trigger instance_counts_update after update of owner, zone_id, status on instances begin ${add('old', -1)} ${add('new', 1)} end`)
    .execute(db)
}

/**
 * PostgreSQL: one trigger function. Of the two rows a status change touches, the one whose status
 * sorts first is written first, so that two opposite changes never wait on each other in a cycle.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function postgres(db: Kysely<any>): Promise<void> {
  await sql`
    create function instance_counts_add(p_owner text, p_zone text, p_status text, p_by integer) returns void
    language sql as $$
      insert into instance_counts (owner, zone_id, status, n) values (p_owner, p_zone, p_status, p_by)
        on conflict (owner, zone_id, status) do update set n = instance_counts.n + p_by
    $$`.execute(db)
  await sql`
    create function instance_counts_apply() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        perform instance_counts_add(new.owner, new.zone_id, new.status, 1);
      elsif tg_op = 'DELETE' then
        perform instance_counts_add(old.owner, old.zone_id, old.status, -1);
      elsif (old.owner, old.zone_id, old.status) is distinct from (new.owner, new.zone_id, new.status) then
        if (old.owner, old.zone_id, old.status) < (new.owner, new.zone_id, new.status) then
          perform instance_counts_add(old.owner, old.zone_id, old.status, -1);
          perform instance_counts_add(new.owner, new.zone_id, new.status, 1);
        else
          perform instance_counts_add(new.owner, new.zone_id, new.status, 1);
          perform instance_counts_add(old.owner, old.zone_id, old.status, -1);
        end if;
      end if;
      return null;
    end
    $$`.execute(db)
  await sql`
    create trigger instance_counts after insert or delete or update of owner, zone_id, status on instances
    for each row execute function instance_counts_apply()`.execute(db)
}
