import { describe, expect, it } from 'vitest'
import { instanceStates, jobStatus, runningInstances, stoppedInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'
import { availableVolumes, volumeStates } from '../../harness/storage.js'

describe('CloneInstances', () => {
  it('clones instances with their volumes and key pairs; the clones end running with the volumes in-use', async () => {
    await using api = await startTestServer()
    const kp = await api.client.createKeyPair({ encrypt_method: 'ssh-ed25519' })
    const [withDisk] = await runningInstances(api, {
      instance_type: 'c2m4',
      instance_name: 'db',
      login_mode: 'keypair',
      login_keypair: kp.keypair_id,
    })
    const [plain] = await stoppedInstances(api)
    const [volume] = await availableVolumes(api, { size: 30 })
    await api.client.attachVolumes({ volumes: [volume!], instance: withDisk! })
    await api.drainJobs()

    const answer = await api.client.cloneInstances({ instances: [withDisk!, plain!] })
    expect(answer.instances).toHaveLength(2)
    const [dbClone, plainClone] = answer.instances
    const volumeClone = answer.instance_set[withDisk!]!.volumes_map![volume!]!
    expect(answer.instance_set).toEqual({
      [withDisk!]: { instance_map: { [withDisk!]: dbClone }, volumes_map: { [volume!]: volumeClone } },
      [plain!]: { instance_map: { [plain!]: plainClone } },
    })
    expect(await instanceStates(api.client, answer.instances)).toEqual([
      ['pending', 'creating'],
      ['pending', 'creating'],
    ])
    await api.drainJobs()
    expect(await jobStatus(api.client, answer.job_id)).toBe('successful')
    expect(await instanceStates(api.client, answer.instances)).toEqual([
      ['running', ''],
      ['running', ''],
    ])
    const [clone] = (await api.client.describeInstances({ instances: [dbClone!], verbose: 1 })).instance_set
    expect(clone).toMatchObject({ instance_name: 'db', instance_type: 'c2m4', keypair_ids: [kp.keypair_id], volume_ids: [volumeClone] })
    expect(clone!.vxnets[0]!.private_ip).toMatch(/^10\.50\./)
    expect(await volumeStates(api.client, [volumeClone, volume!])).toEqual([
      ['in-use', '', dbClone, '/dev/sdb'],
      ['in-use', '', withDisk, '/dev/sdb'],
    ])
    expect((await api.client.describeVolumes({ volumes: [volumeClone] })).volume_set[0]!.size).toBe(30)
  })

  it("reads the docs' quoted instance|vxnet form (docs/compat.md#clone-instances)", async () => {
    await using api = await startTestServer()
    const [source] = await runningInstances(api)
    const answer = await api.client.cloneInstances({ instances: [source!], vxnets: [`'${source}|vxnet-0'`] })
    await api.drainJobs()
    expect((await api.client.describeInstances({ instances: answer.instances })).instance_set[0]!.vxnets.map((v) => v.vxnet_id)).toEqual([
      'vxnet-0',
    ])
    const wrong = await refusal(api.client.cloneInstances({ instances: [source!], vxnets: ['i-other000|vxnet-0'] }))
    expect(wrong.message).toContain('[vxnets.1]')
  })

  it('answers 1400 for a pending source and 2500 past the instance quota, creating nothing', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_QUOTAS: 'instance=2' } })
    const { instances } = await api.client.runInstances({
      image_id: 'centos7x64d',
      instance_type: 'c1m1',
      login_mode: 'passwd',
      login_passwd: 'Secret2026',
    })
    const pending = await refusal(api.client.cloneInstances({ instances }))
    expect([pending.ret_code, pending.message]).toEqual([
      1400,
      `PermissionDenied, instance [${instances[0]}] is creating, can not be cloned until it settles`,
    ])
    await api.drainJobs()
    await api.client.cloneInstances({ instances })
    expect((await refusal(api.client.cloneInstances({ instances }))).ret_code).toBe(2500)
    expect((await refusal(api.client.cloneInstances({ instances: ['i-nothere0'] }))).ret_code).toBe(2100)
    expect((await api.client.describeInstances()).total_count).toBe(2)
  })
})
