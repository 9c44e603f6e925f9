import { describe, expect, it } from 'vitest'
import { MAX_ATTACHMENT_BYTES } from '../../../src/protocol/actions/userdata/UploadUserDataAttachment.js'
import { basicInstance, instanceStates } from '../../harness/compute.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

const archive = Buffer.from('userdata.tar contents').toString('base64')

describe('UploadUserDataAttachment', () => {
  it('keeps an archive that RunInstances then names with userdata_type=tar, as the Terraform provider does', async () => {
    await using api = await startTestServer()
    const { attachment_id } = await api.client.uploadUserDataAttachment({ attachment_content: archive, attachment_name: 'userdata' })
    expect(attachment_id).toMatch(/^uda-[a-z0-9]{8}$/)

    const tar = { need_userdata: 1, userdata_type: 'tar', userdata_value: attachment_id, userdata_path: '/etc/qingcloud/userdata' } as const
    const { instances } = await api.client.runInstances({ ...basicInstance, ...tar })
    await api.drainJobs()
    expect(await instanceStates(api.client, instances)).toEqual([['running', '']])

    // Another user's attachment, or one of another zone, is unknown to RunInstances; nothing is created.
    const other = await api.newUser()
    const refused = await refusal(other.client.runInstances({ ...basicInstance, ...tar }))
    expect([refused.ret_code, refused.message]).toEqual([2100, `ResourceNotFound, User Data attachment [${attachment_id}] does not exist`])
    expect((await refusal(api.client.runInstances({ ...basicInstance, ...tar, zone: 'sh1a' }))).ret_code).toBe(2100)
    expect((await other.client.describeInstances()).total_count).toBe(0)
  })

  it('takes base64 of at most 2 MB (sent by POST), and answers 1100 naming the parameter otherwise', async () => {
    await using api = await startTestServer()
    const largest = Buffer.alloc(MAX_ATTACHMENT_BYTES, 7).toString('base64')
    expect((await api.client.uploadUserDataAttachment({ attachment_content: largest })).attachment_id).toMatch(/^uda-/)

    const tooLarge = await refusal(
      api.client.uploadUserDataAttachment({ attachment_content: Buffer.alloc(MAX_ATTACHMENT_BYTES + 3, 7).toString('base64') }),
    )
    expect([tooLarge.ret_code, tooLarge.message]).toEqual([
      1100,
      expect.stringMatching(/^InvalidParameter, parameter \[attachment_content\]/),
    ])
    const notBase64 = await refusal(api.client.uploadUserDataAttachment({ attachment_content: 'not base64!' }))
    expect(notBase64.message).toBe('InvalidParameter, parameter [attachment_content] must be base64 text')
    expect((await refusal(api.client.uploadUserDataAttachment({ attachment_content: ' ' }))).message).toBe(
      'MissingParameter, parameter [attachment_content] is required',
    )
  })
})

describe('RunInstances User Data', () => {
  it('with need_userdata=1 takes a type and a value: base64 of at most 4 KB for plain and exec', async () => {
    await using api = await startTestServer()
    const plain = { ...basicInstance, need_userdata: 1, userdata_type: 'plain' } as const
    expect((await refusal(api.client.runInstances({ ...basicInstance, need_userdata: 1 }))).message).toBe(
      'MissingParameter, parameter [userdata_type] is required',
    )
    expect((await refusal(api.client.runInstances(plain))).message).toBe('MissingParameter, parameter [userdata_value] is required')
    expect((await refusal(api.client.runInstances({ ...plain, userdata_value: 'echo hi' }))).message).toBe(
      'InvalidParameter, parameter [userdata_value] must be base64 text',
    )
    const big = Buffer.alloc(4097, 1).toString('base64')
    expect((await refusal(api.client.runInstances({ ...plain, userdata_value: big }))).message).toMatch(
      /^InvalidParameter, parameter \[userdata_value\] must decode to at most 4096 bytes/,
    )
    expect((await api.client.describeInstances()).total_count).toBe(0)

    await api.client.runInstances({ ...plain, userdata_type: 'exec', userdata_value: Buffer.from('echo hi').toString('base64') })
    // Without need_userdata=1 the other userdata_* values are the defaults clients send, not checked.
    await api.client.runInstances({ ...basicInstance, need_userdata: 0, userdata_type: 'tar', userdata_value: 'uda-whatever' })
    expect((await api.client.describeInstances()).total_count).toBe(2)
  })
})
