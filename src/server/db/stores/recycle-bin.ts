import { sql } from 'kysely'
import { resourceTypes, type BinnedType, type ResourceTypes } from '../../../protocol/resource-types/index.js'
import type { Tx } from '../database.js'
import type { DB } from '../schema/index.js'

type BinOf<T extends BinnedType> = ResourceTypes[T]['recycleBin']
export type Bin = BinOf<BinnedType>['table']

type Assert<T extends true> = T
/** Each bin names a table, its id column and one of its statuses: a typo does not compile. */
export type BinsMatchTheSchema = Assert<
  {
    [T in BinnedType]: BinOf<T>['table'] extends keyof DB
      ? BinOf<T>['idColumn'] extends keyof DB[BinOf<T>['table']]
        ? BinOf<T>['status'] extends DB[BinOf<T>['table']][Extract<'status', keyof DB[BinOf<T>['table']]>]
          ? true
          : false
        : false
      : false
  }[BinnedType]
>

/** What waits in the recycle bin, and in which status: each type's `recycleBin` (docs/compat.md). */
const bins = Object.values(resourceTypes).flatMap((definition) =>
  'recycleBin' in definition ? [definition.recycleBin as { table: Bin; idColumn: string; status: string }] : [],
)

/**
 * Everything that has waited in its bin since `cutoff` or earlier becomes ceased at `at`; returns
 * the ids per table. Only rows still in the bin status change, so concurrent sweeps cease each once.
 */
export async function ceaseBinnedBefore(tx: Tx, cutoff: string, at: string): Promise<Record<Bin, string[]>> {
  const ceased = {} as Record<Bin, string[]>
  for (const bin of bins) {
    const { rows } = await sql<{ id: string }>`
      update ${sql.table(bin.table)} set status = 'ceased', status_time = ${at}
      where status = ${bin.status} and status_time <= ${cutoff}
      returning ${sql.ref(bin.idColumn)} as id`.execute(tx.db)
    ceased[bin.table] = rows.map((row) => row.id)
  }
  return ceased
}
