import { describe, expect, it } from 'vitest'
import { instanceStates, jobStatus, runningInstances, stoppedInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

const passwd = { login_mode: 'passwd', login_passwd: 'Secret2026' } as const

describe('ResetInstances', () => {
  it('resets running and stopped instances through resetting, each keeping its status', async () => {
    await using api = await startTestServer()
    const [running] = await runningInstances(api)
    const [stopped] = await stoppedInstances(api)
    const { job_id } = await api.client.resetInstances({ instances: [running!, stopped!], ...passwd })
    expect(await instanceStates(api.client, [running!, stopped!])).toEqual([
      ['running', 'resetting'],
      ['stopped', 'resetting'],
    ])
    await api.drainJobs()
    expect(await jobStatus(api.client, job_id)).toBe('successful')
    expect(await instanceStates(api.client, [running!, stopped!])).toEqual([
      ['running', ''],
      ['stopped', ''],
    ])
  })

  it('re-installs from another image, grows the OS disk and attaches the login key pair (docs/compat.md#reset-instances)', async () => {
    await using api = await startTestServer()
    const [instance] = await runningInstances(api)
    const kp = await api.client.createKeyPair({ encrypt_method: 'ssh-ed25519' })
    await api.client.resetInstances({
      instances: [instance!],
      login_mode: 'keypair',
      login_keypair: kp.keypair_id,
      image_id: 'xenial4x64a',
      os_disk_size: 40,
    })
    const before = (await api.client.describeInstances({ instances: [instance!], verbose: 1 })).instance_set[0]!
    expect([before.image.image_id, before.os_disk_size, before.keypair_ids]).toEqual(['centos7x64d', 20, []])
    await api.drainJobs()
    const after = (await api.client.describeInstances({ instances: [instance!], verbose: 1 })).instance_set[0]!
    expect([after.image.image_id, after.image.os_family, after.os_disk_size, after.keypair_ids]).toEqual([
      'xenial4x64a',
      'ubuntu',
      40,
      [kp.keypair_id],
    ])
    // QingCloud's Terraform provider reads the disk size from `extra` (Go's Extra.OSDiskSize).
    expect(after.extra.os_disk_size).toBe(40)
  })

  it('answers 1400 for a pending or terminated instance and 1100 for a missing login or a shrinking disk', async () => {
    await using api = await startTestServer()
    const { instances } = await api.client.runInstances({ image_id: 'centos7x64d', instance_type: 'c1m1', os_disk_size: 30, ...passwd })
    expect((await refusal(api.client.resetInstances({ instances, ...passwd }))).message).toContain('is creating, can not be reset')
    await api.drainJobs()
    expect((await refusal(api.client.resetInstances({ instances, login_mode: 'passwd' }))).message).toBe(
      'MissingParameter, parameter [login_passwd] is required',
    )
    expect((await refusal(api.client.resetInstances({ instances, ...passwd, os_disk_size: 20 }))).message).toContain(
      'can only grow the 30 GB',
    )
    expect((await refusal(api.client.resetInstances({ instances, ...passwd, image_id: 'nosuchimage' }))).ret_code).toBe(2100)
    await api.client.terminateInstances({ instances })
    await api.drainJobs()
    const terminated = await refusal(api.client.resetInstances({ instances, ...passwd }))
    expect([terminated.ret_code, terminated.message]).toEqual([
      1400,
      `PermissionDenied, instance [${instances[0]}] is not running or stopped (it is terminated), can not be reset`,
    ])
  })
})
