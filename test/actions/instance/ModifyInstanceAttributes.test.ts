import { describe, expect, it } from 'vitest'
import { runningInstances } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ModifyInstanceAttributes', () => {
  it('changes what is given, keeps what is absent, clears what is empty (docs/compat.md#modify-absent-vs-empty), in any status', async () => {
    await using api = await startTestServer()
    const [instance] = await runningInstances(api, { instance_name: 'old' })
    const show = async () => (await api.client.describeInstances({ instances: [instance!] })).instance_set[0]!
    await api.client.modifyInstanceAttributes({ instance: instance!, description: 'web 项目 a+b' })
    expect(await show()).toMatchObject({ instance_name: 'old', description: 'web 项目 a+b' })
    await api.client.modifyInstanceAttributes({ instance: instance!, instance_name: 'new' })
    expect(await show()).toMatchObject({ instance_name: 'new', description: 'web 项目 a+b' })
    // Terraform clears a field by sending a single space (docs/compat.md#client-defaults).
    await api.client.modifyInstanceAttributes({ instance: instance!, instance_name: ' ', description: '' })
    expect(await show()).toMatchObject({ instance_name: '', description: '' })
    await api.client.stopInstances({ instances: [instance!] })
    await api.client.modifyInstanceAttributes({ instance: instance!, instance_name: 'while stopping' })
    expect((await show()).instance_name).toBe('while stopping')
  })

  it('answers 2100 for an unknown instance and for another user’s (it reads as unknown)', async () => {
    await using api = await startTestServer()
    const [instance] = await runningInstances(api)
    expect((await refusal(api.client.modifyInstanceAttributes({ instance: 'i-nothere0', instance_name: 'x' }))).ret_code).toBe(2100)
    const other = await api.newUser()
    expect((await refusal(other.client.modifyInstanceAttributes({ instance: instance!, instance_name: 'x' }))).ret_code).toBe(2100)
  })
})
