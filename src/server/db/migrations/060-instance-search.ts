import { PostgresAdapter, sql, type Kysely } from 'kysely'

// Frozen once merged (house rule 8): change the schema with a new numbered migration.
//
// DescribeInstances `search_word` is a substring of the id or the name (docs/compat.md#describe-paging),
// which no ordinary index serves: every instance of the zone was read. These indexes find the
// candidates by trigram; the query keeps its exact predicate, so answers stay the same.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) await postgres(db)
  else await sqlite(db)
}

/**
 * PostgreSQL: GIN trigram indexes on the very expressions the query compares, `lower(id)` and
 * `lower(name)`, which the planner uses for `like '%…%'` as it is. pg_trgm lives in one schema
 * per database (public, not a schema a test may drop); where it cannot be created (no privilege,
 * not installed) the search stays a scan. Without `fastupdate` a new row goes into the index at once:
 * GIN's default pending list is read in full by every search until a vacuum empties it (2 ms a
 * search after 50 000 new instances, 0.3 ms with it off).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function postgres(db: Kysely<any>): Promise<void> {
  await sql`savepoint instance_search`.execute(db)
  try {
    await sql`create extension if not exists pg_trgm schema public`.execute(db)
    const found = await sql<{ schema: string }>`
      select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'`.execute(db)
    const schema = found.rows[0]!.schema
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`pg_trgm in an unexpected schema ${schema}`)
    const ops = sql.raw(`${schema}.gin_trgm_ops`)
    await sql`create index instances_search_id on instances using gin (lower(instance_id) ${ops}) with (fastupdate = off)`.execute(db)
    await sql`create index instances_search_name on instances using gin (lower(instance_name) ${ops}) with (fastupdate = off)`.execute(db)
    await sql`release savepoint instance_search`.execute(db)
  } catch {
    await sql`rollback to savepoint instance_search`.execute(db)
  }
}

/**
 * SQLite: an FTS5 table with the trigram tokenizer holding each instance's id and name, kept by
 * triggers in the transaction that writes the instance. Its rowid is the instance's rowid.
 * Segments are merged whole, eight at a time, not bit by bit after each write (FTS5's automerge):
 * with automerge, a search for a word sharing trigrams with every name took 1.2 ms over 51 000
 * instances written 100 at a time, merged whole 0.07 ms; the writes cost the same.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function sqlite(db: Kysely<any>): Promise<void> {
  await sql`create virtual table instances_search using fts5(instance_id, instance_name, tokenize = 'trigram')`.execute(db)
  await sql`insert into instances_search (instances_search, rank) values ('automerge', 0)`.execute(db)
  await sql`insert into instances_search (instances_search, rank) values ('crisismerge', 8)`.execute(db)
  await sql`insert into instances_search (rowid, instance_id, instance_name) select rowid, instance_id, instance_name from instances`.execute(db)
  await sql`
    create trigger instances_search_insert after insert on instances begin
      insert into instances_search (rowid, instance_id, instance_name) values (new.rowid, new.instance_id, new.instance_name);
    end`.execute(db)
  await sql`
    create trigger instances_search_update after update of instance_id, instance_name on instances begin
      update instances_search set instance_id = new.instance_id, instance_name = new.instance_name where rowid = old.rowid;
    end`.execute(db)
  await sql`
    create trigger instances_search_delete after delete on instances begin
      delete from instances_search where rowid = old.rowid;
    end`.execute(db)
}
