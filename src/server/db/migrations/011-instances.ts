import type { Kysely } from 'kysely'

// Frozen once merged (house rule 8): change the schema with a new numbered migration.

/**
 * System images every zone serves (zone_id ''), with QingCloud's own ids (spec iaas.md §4.0,
 * README §11). The catalogue is data: a later migration may add or deprecate images.
 */
const systemImages: Array<[id: string, name: string, family: string, bits: '64bit' | '32bit', size: number, user: string, created: string]> = [
  ['centos64x64', 'CentOS 6.4 64bit', 'centos', '64bit', 20, 'root', '2013-05-20T08:00:00.000Z'],
  ['centos64x86a', 'CentOS 6.4 32bit', 'centos', '32bit', 20, 'root', '2013-05-20T08:00:00.000Z'],
  ['centos65x64d', 'CentOS 6.5 64bit', 'centos', '64bit', 20, 'root', '2014-01-10T08:00:00.000Z'],
  ['centos68x64', 'CentOS 6.8 64bit', 'centos', '64bit', 20, 'root', '2016-06-01T08:00:00.000Z'],
  ['centos7x64d', 'CentOS 7.0 64bit', 'centos', '64bit', 20, 'root', '2014-08-01T08:00:00.000Z'],
  ['centos77x64a', 'CentOS 7.7 64bit', 'centos', '64bit', 20, 'root', '2019-10-15T08:00:00.000Z'],
  ['debian87x64', 'Debian Jessie 8.7 64bit', 'debian', '64bit', 20, 'root', '2017-02-01T08:00:00.000Z'],
  ['debian91x64', 'Debian Stretch 9.1 64bit', 'debian', '64bit', 20, 'root', '2017-08-01T08:00:00.000Z'],
  ['fedora24x64', 'Fedora 24 64bit', 'fedora', '64bit', 20, 'root', '2016-07-01T08:00:00.000Z'],
  ['opensuse12x64c', 'openSUSE 12.3 64bit', 'opensuse', '64bit', 20, 'root', '2013-06-01T08:00:00.000Z'],
  ['trustysrvx64h', 'Ubuntu Server 14.04.5 LTS 64bit', 'ubuntu', '64bit', 20, 'ubuntu', '2016-09-01T08:00:00.000Z'],
  ['xenial4x64a', 'Ubuntu Server 16.04.4 LTS 64bit', 'ubuntu', '64bit', 20, 'ubuntu', '2018-03-01T08:00:00.000Z'],
  ['arch201609x64a', 'Arch Linux 2016.09 64bit', 'arch', '64bit', 20, 'root', '2016-09-15T08:00:00.000Z'],
  ['freebsd11u0x64', 'FreeBSD 11.0 64bit', 'freebsd', '64bit', 20, 'root', '2016-11-01T08:00:00.000Z'],
  ['winsrv2012r2x64', 'Windows Server 2012 R2 64bit', 'windows', '64bit', 50, 'administrator', '2015-01-05T08:00:00.000Z'],
]

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('instances')
    .addColumn('instance_id', 'text', (c) => c.primaryKey())
    .addColumn('instance_name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('instance_type', 'text', (c) => c.notNull())
    .addColumn('vcpus_current', 'integer', (c) => c.notNull())
    .addColumn('memory_current', 'integer', (c) => c.notNull())
    .addColumn('instance_class', 'integer', (c) => c.notNull())
    .addColumn('os_disk_size', 'integer', (c) => c.notNull())
    .addColumn('image_id', 'text', (c) => c.notNull())
    // The image as it was at creation (JSON): instances outlive the image they came from.
    .addColumn('image', 'text', (c) => c.notNull())
    .addColumn('login_mode', 'text', (c) => c.notNull())
    .addColumn('hostname', 'text')
    .addColumn('nic_mqueue', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('transition_status', 'text', (c) => c.notNull())
    .addColumn('sub_code', 'integer', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .addColumn('status_time', 'text', (c) => c.notNull())
    .execute()
  // DescribeInstances lists one user's instances in one zone, newest first (ties by id), often
  // by status: both orders come straight from an index, so a page of 20 reads about 20 rows.
  await db.schema
    .createIndex('instances_owner_zone_time')
    .on('instances')
    .columns(['owner', 'zone_id', 'create_time', 'instance_id'])
    .execute()
  await db.schema
    .createIndex('instances_owner_zone_status_time')
    .on('instances')
    .columns(['owner', 'zone_id', 'status', 'create_time', 'instance_id'])
    .execute()

  // One row per NIC. The address is unique per network and zone; NULL is "no address" (an
  // unmanaged network), which a unique index allows many times on both dialects.
  await db.schema
    .createTable('instance_nics')
    .addColumn('nic_id', 'text', (c) => c.primaryKey())
    .addColumn('instance_id', 'text', (c) => c.notNull())
    .addColumn('vxnet_id', 'text', (c) => c.notNull())
    .addColumn('private_ip', 'text')
    .addColumn('role', 'integer', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('instance_nics_address').on('instance_nics').columns(['zone_id', 'vxnet_id', 'private_ip']).unique().execute()
  await db.schema.createIndex('instance_nics_instance').on('instance_nics').column('instance_id').execute()

  await db.schema
    .createTable('images')
    .addColumn('image_id', 'text', (c) => c.primaryKey())
    .addColumn('image_name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('processor_type', 'text', (c) => c.notNull())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('os_family', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('recommended_type', 'text', (c) => c.notNull())
    .addColumn('default_user', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('transition_status', 'text', (c) => c.notNull())
    .addColumn('sub_code', 'integer', (c) => c.notNull())
    // '' for system images: every zone serves them.
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .addColumn('status_time', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('images_owner_zone_time').on('images').columns(['owner', 'zone_id', 'create_time']).execute()
  await db
    .insertInto('images')
    .values(
      systemImages.map(([image_id, image_name, os_family, processor_type, size, default_user, created]) => ({
        image_id,
        image_name,
        description: null,
        size,
        processor_type,
        platform: os_family === 'windows' ? 'windows' : 'linux',
        os_family,
        visibility: 'public',
        provider: 'system',
        owner: 'system',
        recommended_type: os_family === 'windows' ? 'c2m4' : 'c1m1',
        default_user,
        status: 'available',
        transition_status: '',
        sub_code: 0,
        zone_id: '',
        create_time: created,
        status_time: created,
      })),
    )
    .execute()

  // Images shared with other users (GrantImageToUsers).
  await db.schema
    .createTable('image_users')
    .addColumn('image_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('image_users_pk', ['image_id', 'user_id'])
    .execute()
  await db.schema.createIndex('image_users_user').on('image_users').column('user_id').execute()

  await db.schema
    .createTable('keypairs')
    .addColumn('keypair_id', 'text', (c) => c.primaryKey())
    .addColumn('keypair_name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('encrypt_method', 'text', (c) => c.notNull())
    .addColumn('pub_key', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('zone_id', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('keypairs_owner_zone_time').on('keypairs').columns(['owner', 'zone_id', 'create_time']).execute()

  await db.schema
    .createTable('instance_keypairs')
    .addColumn('instance_id', 'text', (c) => c.notNull())
    .addColumn('keypair_id', 'text', (c) => c.notNull())
    .addColumn('create_time', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('instance_keypairs_pk', ['instance_id', 'keypair_id'])
    .execute()
  await db.schema.createIndex('instance_keypairs_keypair').on('instance_keypairs').column('keypair_id').execute()
}
