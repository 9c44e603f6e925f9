import { sql, type RawBuilder } from 'kysely'
import type { Queryable } from '../database.js'

/** Two resources bound together, with their owners from the resource registry. */
export interface Binding {
  a: string
  a_owner: string
  b: string
  b_owner: string
}

/**
 * Every way one resource is bound to another, as `(a, b)` pairs: a key pair or a volume to an
 * instance, a security group, an EIP or a VxNet to an instance or a router, a VxNet to a router
 * (joined, or named by a static), a tag to a resource, an IP set to the group whose rule names it.
 */
function pairs(): RawBuilder<{ a: string; b: string }> {
  return sql`
    select keypair_id as a, instance_id as b from instance_keypairs
    union all select volume_id, instance_id from volumes where instance_id is not null
    union all select security_group_id, resource_id from security_group_bindings
    union all select eip_id, resource_id from eips where resource_id is not null
    union all select pending_eip_id, router_id from routers where pending_eip_id is not null
    union all select vxnet_id, instance_id from instance_nics
    union all select vxnet_id, router_id from vxnets where router_id is not null
    union all select vxnet_id, router_id from router_statics where vxnet_id is not null and vxnet_id <> ''
    union all select tag_id, resource_id from tag_bindings
    union all select val1, security_group_id from security_group_rules where val1 like 'sgi-%'
    union all select val2, security_group_id from security_group_rules where val2 like 'sgi-%'
    union all select val3, security_group_id from security_group_rules where val3 like 'sgi-%'
  `
}

function withOwners(where: RawBuilder<unknown>): RawBuilder<Binding> {
  return sql<Binding>`
    select p.a, ra.owner as a_owner, p.b, rb.owner as b_owner
    from (${pairs()}) p
    join resources ra on ra.resource_id = p.a
    join resources rb on rb.resource_id = p.b
    where ${where}
  `
}

/** The bindings either side of which is one of `ids`. */
export async function bindingsOf(q: Queryable, ids: readonly string[]): Promise<Binding[]> {
  if (ids.length === 0) return []
  const list = sql.join([...ids])
  return (await withOwners(sql`(p.a in (${list}) or p.b in (${list}))`).execute(q)).rows
}

/** Every binding whose two sides have different owners, in a stable order. */
export async function crossOwnerBindings(q: Queryable): Promise<Binding[]> {
  return (await sql<Binding>`${withOwners(sql`ra.owner <> rb.owner`)} order by 1, 3`.execute(q)).rows
}
