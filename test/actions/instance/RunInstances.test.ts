import { describe, expect, it } from 'vitest'
import { startTestServer } from '../../harness/server.js'
import { refusal } from '../../harness/refusal.js'

describe('RunInstances', () => {
  it('answers the new ids and a job at once; the job takes them from pending/creating to running', async () => {
    await using api = await startTestServer()
    const run = await api.client.runInstances({
      image_id: 'centos7x64d',
      instance_type: 'c2m4',
      count: 2,
      instance_name: 'web',
      login_mode: 'passwd',
      login_passwd: 'Secret2026',
    })
    expect(run.instances).toHaveLength(2)
    expect(run.job_id).toMatch(/^j-[a-z0-9]{8}$/)
    for (const id of run.instances) expect(id).toMatch(/^i-[a-z0-9]{8}$/)

    const creating = await api.client.describeInstances({ instances: run.instances })
    for (const instance of creating.instance_set) {
      expect(instance).toMatchObject({
        status: 'pending',
        transition_status: 'creating',
        instance_name: 'web',
        instance_type: 'c2m4',
        vcpus_current: 2,
        memory_current: 4096,
      })
      // The address is there from the start: Go and Terraform wait for vxnets[0].private_ip (docs/compat.md#basic-network-default).
      expect(instance.vxnets).toEqual([
        {
          vxnet_id: 'vxnet-0',
          vxnet_name: 'primary vxnet',
          vxnet_type: 1,
          nic_id: expect.stringMatching(/^52:54(:[0-9a-f]{2}){4}$/),
          private_ip: expect.stringMatching(/^10\.50\.\d+\.\d+$/),
          role: 1,
        },
      ])
    }
    const job = await api.client.describeJobs({ jobs: [run.job_id] })
    expect(job.job_set[0]).toMatchObject({ job_action: 'RunInstances', status: 'pending', resource_ids: run.instances.join(' ') })

    await api.drainJobs()
    expect((await api.client.describeJobs({ jobs: [run.job_id] })).job_set[0]!.status).toBe('successful')
    const running = await api.client.describeInstances({ instances: run.instances })
    for (const instance of running.instance_set) {
      expect(instance).toMatchObject({ status: 'running', transition_status: '' })
      expect(instance.image).toEqual({
        image_id: 'centos7x64d',
        image_name: 'CentOS 7.0 64bit',
        image_size: 20,
        size: 20,
        os_family: 'centos',
        platform: 'linux',
        processor_type: '64bit',
        provider: 'system',
      })
    }
    const addresses = running.instance_set.map((i) => i.vxnets[0]!.private_ip)
    expect(new Set(addresses).size).toBe(2)
  })

  it('lets instance_type win over the Go SDK default cpu=1&memory=1024, but explicit sizes win otherwise (docs/compat.md#go-default-size)', async () => {
    await using api = await startTestServer()
    const login = { login_mode: 'passwd', login_passwd: 'Secret2026' } as const
    const go = await api.client.runInstances({ image_id: 'centos7x64d', instance_type: 'c2m4', cpu: 1, memory: 1024, ...login })
    const custom = await api.client.runInstances({ image_id: 'centos7x64d', instance_type: 'c2m4', cpu: 4, memory: 8192, ...login })
    const bare = await api.client.runInstances({ image_id: 'centos7x64d', cpu: 2, memory: 2048, ...login })
    const found = await api.client.describeInstances({
      instances: [...go.instances, ...custom.instances, ...bare.instances],
      sort_key: 'create_time',
    })
    const sizes = new Map(found.instance_set.map((i) => [i.instance_id, [i.instance_type, i.vcpus_current, i.memory_current]]))
    expect(sizes.get(go.instances[0]!)).toEqual(['c2m4', 2, 4096])
    expect(sizes.get(custom.instances[0]!)).toEqual(['c4m8', 4, 8192])
    expect(sizes.get(bare.instances[0]!)).toEqual(['c2m2', 2, 2048])
  })

  it('attaches the login key pair and named volumes, which become in-use when the job ends', async () => {
    await using api = await startTestServer()
    const kp = await api.client.createKeyPair({ keypair_name: 'ops' })
    const { volumes } = await api.client.createVolumes({ size: 20, count: 2 })
    await api.drainJobs()
    const run = await api.client.runInstances({
      image_id: 'centos7x64d',
      instance_type: 'c1m1',
      login_mode: 'keypair',
      login_keypair: kp.keypair_id,
      volumes,
    })
    const attaching = await api.client.describeVolumes({ volumes })
    expect(attaching.volume_set.map((v) => [v.status, v.transition_status, v.instance?.instance_id])).toEqual(
      volumes.map(() => ['available', 'attaching', run.instances[0]]),
    )
    await api.drainJobs()
    const [instance] = (await api.client.describeInstances({ instances: run.instances, verbose: 1 })).instance_set
    expect(instance!.keypair_ids).toEqual([kp.keypair_id])
    expect([...instance!.volume_ids!].sort()).toEqual([...volumes].sort())
    const inUse = await api.client.describeVolumes({ volumes })
    expect(inUse.volume_set.map((v) => [v.status, v.transition_status]).sort()).toEqual([
      ['in-use', ''],
      ['in-use', ''],
    ])
    expect(inUse.volume_set.map((v) => v.instance?.device).sort()).toEqual(['/dev/sdb', '/dev/sdc'])
  })

  it('refuses, writing nothing, what it can not create', async () => {
    await using api = await startTestServer()
    const login = { login_mode: 'passwd', login_passwd: 'Secret2026' } as const
    const cases: Array<[Parameters<typeof api.client.runInstances>[0], number, string]> = [
      [{ image_id: 'nosuchimage', instance_type: 'c1m1', ...login }, 2100, 'image [nosuchimage]'],
      [{ image_id: 'centos7x64d', ...login }, 1100, '[instance_type]'],
      [{ image_id: 'centos7x64d', instance_type: 'c9m9', ...login }, 1100, '[instance_type]'],
      [{ image_id: 'centos7x64d', instance_type: 'c1m1', login_mode: 'passwd' }, 1100, '[login_passwd]'],
      [{ image_id: 'centos7x64d', instance_type: 'c1m1', login_mode: 'keypair' }, 1100, '[login_keypair]'],
      [
        { image_id: 'centos7x64d', instance_type: 'c1m1', login_mode: 'keypair', login_keypair: 'kp-nothere0' },
        2100,
        'key pair [kp-nothere0]',
      ],
      [{ image_id: 'winsrv2012r2x64', instance_type: 'c2m4', login_mode: 'keypair', login_keypair: 'kp-nothere0' }, 1100, '[login_mode]'],
      [{ image_id: 'winsrv2012r2x64', instance_type: 'c2m4', os_disk_size: 40, ...login }, 1100, '[os_disk_size]'],
      [{ image_id: 'centos7x64d', instance_type: 'c1m1', vxnets: ['vxnet-nothere'], ...login }, 2100, 'vxnet [vxnet-nothere]'],
      [{ image_id: 'centos7x64d', instance_type: 'c1m1', vxnets: ['vxnet-0|10.50.0.9'], ...login }, 1100, '[vxnets.1]'],
      [{ image_id: 'centos7x64d', instance_type: 'c1m1', count: 2, volumes: ['vol-nothere0'], ...login }, 1100, '[count]'],
      [{ image_id: 'centos7x64d', instance_type: 'c1m1', volumes: ['vol-nothere0'], ...login }, 2100, 'volume [vol-nothere0]'],
      [{ image_id: 'centos7x64d', cpu: 3, memory: 1024, ...login }, 1100, '[cpu]'],
    ]
    for (const [params, code, text] of cases) {
      const error = await refusal(api.client.runInstances(params))
      expect([error.ret_code, error.message]).toEqual([code, expect.stringContaining(text)])
    }
    expect((await api.client.describeInstances()).total_count).toBe(0)
    expect((await api.client.describeJobs()).total_count).toBe(0)
  })

  it('refuses a volume that is not available, and one of a class the instance can not take', async () => {
    await using api = await startTestServer()
    const login = { login_mode: 'passwd', login_passwd: 'Secret2026' } as const
    const { volumes } = await api.client.createVolumes({ size: 20 })
    const pending = await refusal(api.client.runInstances({ image_id: 'centos7x64d', instance_type: 'c1m1', volumes, ...login }))
    expect(pending.message).toContain(`volume [${volumes[0]}] is creating`)
    await api.drainJobs()
    const mismatch = await refusal(
      api.client.runInstances({ image_id: 'centos7x64d', instance_type: 'c1m1', instance_class: 1, volumes, ...login }),
    )
    expect(mismatch.ret_code).toBe(1400)
    expect(mismatch.message).toContain('instance_class 1')
    expect((await api.client.describeVolumes({ volumes })).volume_set[0]).toMatchObject({ status: 'available', transition_status: '' })
  })

  it('answers 2500 before writing anything when a quota would be passed', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_QUOTAS: 'instance=3,cpu=4' } })
    const login = { login_mode: 'passwd', login_passwd: 'Secret2026' } as const
    await api.client.runInstances({ image_id: 'centos7x64d', instance_type: 'c1m1', count: 2, ...login })
    const tooMany = await refusal(api.client.runInstances({ image_id: 'centos7x64d', instance_type: 'c1m1', count: 2, ...login }))
    expect([tooMany.ret_code, tooMany.message]).toEqual([2500, 'QuotaExceeded, quota [instance] is 3: 2 in use, 2 more requested'])
    const tooBig = await refusal(api.client.runInstances({ image_id: 'centos7x64d', instance_type: 'c4m4', ...login }))
    expect(tooBig.message).toContain('quota [cpu] is 4')
    expect((await api.client.describeInstances()).total_count).toBe(2)
  })

  it('validates without creating anything on dry_run=1 (docs/compat.md#dry-run)', async () => {
    await using api = await startTestServer()
    const answer = await api.client.runInstances({
      image_id: 'centos7x64d',
      instance_type: 'c1m1',
      login_mode: 'passwd',
      login_passwd: 'Secret2026',
      dry_run: true,
    })
    expect(answer).toMatchObject({ instances: [], job_id: '' })
    expect((await api.client.describeInstances()).total_count).toBe(0)
    const error = await refusal(
      api.client.runInstances({ image_id: 'nosuchimage', instance_type: 'c1m1', login_mode: 'passwd', login_passwd: 'x', dry_run: true }),
    )
    expect(error.ret_code).toBe(2100)
  })

  it('keeps every address of the base network unique in a zone', async () => {
    await using api = await startTestServer()
    const login = { login_mode: 'passwd', login_passwd: 'Secret2026' } as const
    const runs = await Promise.all(
      Array.from({ length: 4 }, () => api.client.runInstances({ image_id: 'centos7x64d', instance_type: 'c1m1', count: 25, ...login })),
    )
    const all = await api.client.describeInstances({ limit: 100 })
    expect(all.total_count).toBe(100)
    const addresses = all.instance_set.map((i) => i.vxnets[0]!.private_ip)
    expect(new Set(addresses).size).toBe(100)
    expect(runs.flatMap((r) => r.instances)).toHaveLength(100)
  })
})
