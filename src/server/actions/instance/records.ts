import type { Instance, InstanceImage } from '../../../protocol/records/instance.js'
import type { TagRef } from '../../../protocol/records/tag.js'
import { wireTime } from '../../../protocol/time.js'
import { baseVxnet } from '../../domain/addresses.js'
import { groupBy } from '../../domain/collections.js'
import type { Queryable } from '../../db/database.js'
import type { InstanceRow } from '../../db/stores/instances.js'
import { eipsOfHolders, type EipRow } from '../../db/stores/eips.js'
import { keypairBindings } from '../../db/stores/keypairs.js'
import { nicsOf, type NicRow } from '../../db/stores/nics.js'
import { bindingsOfResources, findSecurityGroups, type SecurityGroupRow } from '../../db/stores/security-groups.js'
import { findVxnets, type VxnetRow } from '../../db/stores/vxnets.js'
import { volumesOf, type VolumeRow } from '../../db/stores/volumes.js'
import { idListQueriesAtOnce } from '../../db/stores/ids.js'
import { tagsOfResources } from '../../db/stores/tags.js'
import { tagRefsOf } from '../../services/tag-refs.js'

interface Related {
  nics: Map<string, NicRow[]>
  tags: (id: string) => TagRef[]
  eips: Map<string, EipRow>
  vxnets: Map<string, VxnetRow>
  securityGroups?: Map<string, SecurityGroupRow>
  volumes?: Map<string, VolumeRow[]>
  keypairs?: Map<string, Array<{ keypair_id: string }>>
}

function vxnetOf(nic: NicRow, vxnets: Map<string, VxnetRow>): Instance['vxnets'][number] {
  const base = nic.vxnet_id === baseVxnet.vxnet_id
  const row = vxnets.get(nic.vxnet_id)
  return {
    vxnet_id: nic.vxnet_id,
    vxnet_name: base ? baseVxnet.vxnet_name : (row?.vxnet_name ?? ''),
    vxnet_type: base ? baseVxnet.vxnet_type : (row?.vxnet_type ?? 1),
    nic_id: nic.nic_id,
    private_ip: nic.private_ip ?? '',
    role: nic.role,
  }
}

/** Fewer distinct image texts than this are kept parsed; past it, the others are parsed per record. */
const MAX_PARSED_IMAGES = 256
const parsedImages = new Map<string, InstanceImage>()

/**
 * The `image` column parsed, once per distinct text: a store holds few images, and parsing each
 * record's anew was about 1 µs a record. Frozen, since records share it (its fields are scalars).
 */
function imageOf(text: string): InstanceImage {
  let image = parsedImages.get(text)
  if (!image) {
    image = Object.freeze(JSON.parse(text) as InstanceImage)
    if (parsedImages.size < MAX_PARSED_IMAGES) parsedImages.set(text, image)
  }
  return image
}

function instanceRecord(row: InstanceRow, related: Related): Instance {
  const id = row.instance_id
  const record: Instance = {
    instance_id: id,
    instance_name: row.instance_name,
    description: row.description,
    instance_type: row.instance_type,
    vcpus_current: row.vcpus_current,
    memory_current: row.memory_current,
    instance_class: row.instance_class,
    os_disk_size: row.os_disk_size,
    extra: { os_disk_size: row.os_disk_size, nic_mqueue: row.nic_mqueue },
    status: row.status,
    transition_status: row.transition_status,
    sub_code: row.sub_code,
    create_time: wireTime(row.create_time),
    status_time: wireTime(row.status_time),
    image: imageOf(row.image),
    vxnets: (related.nics.get(id) ?? []).map((nic) => vxnetOf(nic, related.vxnets)),
    tags: related.tags(id),
    owner: row.owner,
    zone_id: row.zone_id,
  }
  const eip = related.eips.get(id)
  if (eip) record.eip = { eip_id: eip.eip_id, eip_addr: eip.eip_addr, bandwidth: eip.bandwidth }
  const group = related.securityGroups?.get(id)
  if (group) record.security_group = { security_group_id: group.security_group_id, is_default: group.is_default }
  if (related.volumes) {
    const volumes = related.volumes.get(id) ?? []
    record.volume_ids = volumes.map((v) => v.volume_id)
    record.volumes = volumes.map((v) => ({ volume_id: v.volume_id, device: v.device ?? '', size: v.size }))
  }
  if (related.keypairs) record.keypair_ids = (related.keypairs.get(id) ?? []).map((k) => k.keypair_id)
  return record
}

/** What every instance record shows from other tables, read at once (one statement on PostgreSQL). */
const pageRelations = idListQueriesAtOnce({ eips: eipsOfHolders, nics: nicsOf, tags: tagsOfResources })

/**
 * The one place that renders instance records (DescribeInstances and whatever else shows them):
 * what other tables hold about the page's instances is read in one query per table.
 */
export async function instanceRecords(q: Queryable, rows: readonly InstanceRow[], options: { verbose: boolean }): Promise<Instance[]> {
  const ids = rows.map((row) => row.instance_id)
  const read = await pageRelations(q, { eips: ids, nics: ids, tags: ids })
  const eips = read.eips.filter((e) => e.status === 'associated')
  const nics = read.nics
  // The base network's record is fixed (vxnetOf): only other networks are read.
  const vxnets = await findVxnets(
    q,
    [...new Set(nics.map((n) => n.vxnet_id))].filter((id) => id !== baseVxnet.vxnet_id),
  )
  const related: Related = {
    nics: groupBy(nics, (n) => n.instance_id),
    vxnets: new Map(vxnets.map((v) => [v.vxnet_id, v])),
    tags: tagRefsOf(read.tags),
    eips: new Map(eips.map((e) => [e.resource_id!, e])),
  }
  if (options.verbose) {
    related.volumes = groupBy(await volumesOf(q, ids), (v) => v.instance_id!)
    const bindings = await bindingsOfResources(q, ids)
    const groups = new Map(
      (await findSecurityGroups(q, [...new Set(bindings.map((b) => b.security_group_id))])).map((g) => [g.security_group_id, g]),
    )
    related.securityGroups = new Map(
      bindings.flatMap((b) => (groups.has(b.security_group_id) ? [[b.resource_id, groups.get(b.security_group_id)!]] : [])),
    )
    related.keypairs = groupBy(await keypairBindings(q, { instance_ids: ids }), (k) => k.instance_id)
  }
  return rows.map((row) => instanceRecord(row, related))
}
