import type { Tx } from '../db/database.js'
import { insertItems, itemsOf } from '../db/stores/project-items.js'

/**
 * What is derived from a resource stays with it (docs/compat.md#derived-resources-stay-in-the-project):
 * a snapshot, a volume made from a snapshot, a clone or a captured image belongs to the owner of
 * its source, whoever asked for it, counts against that owner's quotas, and becomes an item of
 * every project the source is an item of. So a member's work on a project's resources stays in
 * the project, and leaving the project leaves the member nothing it made there.
 */

/** A resource made from `source_id`, as registered (its owner is already the source's). */
export interface Derived {
  resource_id: string
  resource_type: string
  source_id: string
  owner: string
  zone_id: string
  create_time: string
}

/** Makes each derived resource an item of every project its source is an item of. */
export async function joinSourceProjects(tx: Tx, derived: readonly Derived[]): Promise<void> {
  if (derived.length === 0) return
  const items = await itemsOf(tx.db, [...new Set(derived.map((d) => d.source_id))])
  await insertItems(
    tx,
    derived.flatMap((d) =>
      items
        .filter((item) => item.resource_id === d.source_id)
        .map((item) => ({
          project_id: item.project_id,
          resource_id: d.resource_id,
          resource_type: d.resource_type,
          zone_id: d.zone_id,
          owner: d.owner,
          create_time: d.create_time,
        })),
    ),
  )
}

/** The owners of `rows` with how many of them each owns, in first-seen order (a quota check per owner). */
export function countByOwner<R extends { owner: string }>(rows: readonly R[]): Map<string, R[]> {
  const out = new Map<string, R[]>()
  for (const row of rows) out.set(row.owner, [...(out.get(row.owner) ?? []), row])
  return out
}
