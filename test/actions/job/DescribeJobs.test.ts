import { describe, expect, it } from 'vitest'
import { QingApiError } from '../../../src/sdk/index.js'
import { startTestServer } from '../../harness/server.js'

describe('DescribeJobs', () => {
  it('answers an empty job_set for a user without jobs', async () => {
    await using api = await startTestServer()
    expect(await api.client.describeJobs()).toEqual({ action: 'DescribeJobsResponse', job_set: [], total_count: 0, ret_code: 0 })
  })

  it('answers 2100 for an unknown job id in the filter, naming it', async () => {
    await using api = await startTestServer()
    const error = (await api.client.describeJobs({ jobs: ['j-nosuchjb'] }).catch((e: unknown) => e)) as QingApiError
    expect(error.ret_code).toBe(2100)
    expect(error.message).toBe('ResourceNotFound, job [j-nosuchjb] does not exist')
  })

  it("refuses to list another user's jobs with 1400", async () => {
    await using api = await startTestServer()
    const { credentials } = await api.newUser()
    const error = (await api.client.describeJobs({ owner: credentials.user_id }).catch((e: unknown) => e)) as QingApiError
    expect(error.ret_code).toBe(1400)
  })

  it("answers another user's job as unknown, naming no user (docs/compat.md#foreign-ids-read-as-unknown)", async () => {
    await using api = await startTestServer()
    const { client } = await api.newUser()
    const { job_id } = await api.client.createVolumes({ size: 20 })
    const error = (await client.describeJobs({ jobs: [job_id] }).catch((e: unknown) => e)) as QingApiError
    expect([error.ret_code, error.message]).toEqual([2100, `ResourceNotFound, job [${job_id}] does not exist`])
  })
})
