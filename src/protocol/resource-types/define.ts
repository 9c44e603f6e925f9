import type { z } from 'zod'

/**
 * Everything qingstack knows about one resource type, written once in
 * `src/protocol/resource-types/<type>.ts`; the tables other layers need (id prefixes, project
 * items and parents, the Describe* key `addProjectInfo` fills, quota counters, recycle bins)
 * derive from the registry of these definitions (`./index.ts`).
 */
export interface ResourceTypeDefinition {
  /** The prefix of its ids (`vol-`); '' for what has none (zones, access keys). */
  prefix: string
  /** How messages name it: `key pair`, `EIP`. */
  label: string
  /** Its records in a Describe* answer: the list key (`volume_set`) and each record's id field. */
  records?: RecordsOf<z.ZodObject>
  /**
   * Its place in projects (docs/projects.md): an `item` joins projects, either one at a time or
   * `several` at once (reused: a key pair, a VxNet); a `part` is granted through its parent item
   * (a security group's rules); an `entity` is the Project service's own (`all.project_manage`).
   * Types without one never join a project.
   */
  project?: { item: 'one' | 'several' } | { partOf: string } | 'entity'
  /** The quota keys its usage counts toward (`volume`, `volume_size`); every one needs a counter. */
  quotaKeys?: readonly string[]
  /** Its recycle bin: rows of `table` in `status` cease when the window passes. */
  recycleBin?: { table: string; idColumn: string; status: string }
}

export interface RecordsOf<S extends z.ZodObject> {
  schema: S
  setKey: `${string}_set`
  idField: Extract<keyof z.infer<S>, string>
}

/**
 * A resource type's definition, typed as written (`const`), so that the registry's derived tables
 * keep literal types and the compiler checks them; `records.idField` must be a field of the schema.
 */
export function defineResourceType<const D extends ResourceTypeDefinition, S extends z.ZodObject = z.ZodObject>(
  definition: D & { records?: RecordsOf<S> },
): D {
  return definition
}
