import { describe, expect, it } from 'vitest'
import { startTestServer } from '../harness/server.js'

// The entry users import: `qingstack/sdk` resolves through package.json `exports` to the bundle that
// `npm install` builds (test/harness/global-setup.ts builds it for the run).
const entry = 'qingstack/sdk'

describe('the qingstack/sdk package entry', () => {
  it('is the built SDK, and talks to a server', async () => {
    const sdk = (await import(/* @vite-ignore */ entry)) as typeof import('../../src/sdk/index.js')
    await using api = await startTestServer()
    const client = new sdk.QingClient({ ...api.client.options })
    const { volumes, job_id } = await client.createVolumes({ size: 20 })
    expect((await client.waitForJob(job_id)).status).toBe('successful')
    expect((await client.describeVolumes({ volumes })).volume_set[0]!.status).toBe('available')
    const error = await client.describeVolumes({ volumes: ['vol-nothere0'] }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(sdk.QingApiError)
    // A different module from the source tree's: the bundle really was loaded.
    const source = await import('../../src/sdk/index.js')
    expect(sdk.QingClient).not.toBe(source.QingClient)
  })
})
