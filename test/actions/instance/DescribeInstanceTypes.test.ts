import { describe, expect, it } from 'vitest'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeInstanceTypes', () => {
  it('lists the zone’s types, the docs’ example among them', async () => {
    await using api = await startTestServer()
    const all = await api.client.describeInstanceTypes()
    expect(all.total_count).toBe(all.instance_type_set.length)
    expect(all.instance_type_set).toContainEqual({
      instance_type_id: 'c1m1',
      instance_type_name: '1核1G',
      description: '',
      vcpus_current: 1,
      memory_current: 1024,
      status: 'available',
      zone_id: 'pek3a',
    })
    expect(all.instance_type_set.map((t) => t.instance_type_id)).toEqual(expect.arrayContaining(['small_b', 's1.large.r2', 'e2.small.r4']))
    expect(all.instance_type_set.find((t) => t.instance_type_id === 's1.large.r2')).toMatchObject({
      vcpus_current: 2,
      memory_current: 4096,
    })
    expect(all.instance_type_set.some((t) => t.instance_type_id.startsWith('bmc'))).toBe(false)
  })

  it('filters by id, and lists bare metal with baremetal=1', async () => {
    await using api = await startTestServer()
    const some = await api.client.describeInstanceTypes({ instance_types: ['c2m4', 'nothing'] })
    expect(some.instance_type_set.map((t) => [t.instance_type_id, t.vcpus_current, t.memory_current])).toEqual([['c2m4', 2, 4096]])
    const metal = await api.client.describeInstanceTypes({ baremetal: 1 })
    expect(metal.instance_type_set.map((t) => t.instance_type_id)).toEqual(['bmc40m192d6g0', 'bmc32m128s6g0', 'bmc16m64t40g0'])
    expect((await refusal(api.client.describeInstanceTypes({ baremetal: 2 as 1 }))).ret_code).toBe(1100)
  })
})
