import { describe, expect, it } from 'vitest'
import { availableEips } from '../../harness/network.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

describe('ModifyEipAttributes', () => {
  it('renames and describes an EIP in any status', async () => {
    await using api = await startTestServer()
    const [eip] = await availableEips(api)
    await api.client.releaseEips({ eips: [eip!] })
    await api.drainJobs()
    expect((await api.client.modifyEipAttributes({ eip: eip!, eip_name: 'old web', description: 'kept' })).eip_id).toBe(eip)
    const read = async () => (await api.client.describeEips({ eips: [eip!] })).eip_set[0]!
    expect(await read()).toMatchObject({ eip_name: 'old web', description: 'kept' })
    await api.client.modifyEipAttributes({ eip: eip!, description: '' })
    expect(await read()).toMatchObject({ eip_name: 'old web', description: null })
  })

  it('answers 2100 for an unknown EIP and for another user’s (it reads as unknown)', async () => {
    await using api = await startTestServer()
    const [eip] = await availableEips(api)
    expect((await refusal(api.client.modifyEipAttributes({ eip: 'eip-nothere0', eip_name: 'x' }))).ret_code).toBe(2100)
    const other = await api.newUser()
    expect((await refusal(other.client.modifyEipAttributes({ eip: eip!, eip_name: 'x' }))).ret_code).toBe(2100)
  })
})
