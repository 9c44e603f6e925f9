import { describe, expect, it } from 'vitest'
import { basicInstance } from '../harness/compute.js'
import { sendHttp } from '../harness/raw.js'
import { refusal } from '../harness/refusal.js'
import { startTestServer } from '../harness/server.js'

describe('/metrics (docs/operator.md#metrics)', () => {
  it('answers Prometheus text with QINGSTACK_METRICS=1: requests, latency, jobs and their queue', async () => {
    await using api = await startTestServer({ env: { QINGSTACK_METRICS: '1' } })
    await api.client.describeZones()
    await api.client.describeZones()
    await refusal(api.client.stopInstances({ instances: ['i-missing1'] }))
    await api.client.runInstances(basicInstance)
    api.clock.advance(5000)

    const answer = await sendHttp(api.url, { path: '/metrics' })
    expect(answer.status).toBe(200)
    expect(answer.contentType).toMatch(/^text\/plain; version=0\.0\.4/)
    expect(answer.requestId).toMatch(/^[0-9a-f]{12}$/)
    const text = answer.text
    expect(text).toContain('qingstack_requests_total{action="DescribeZones",ret_code="0"} 2')
    expect(text).toContain('qingstack_requests_total{action="StopInstances",ret_code="2100"} 1')
    expect(text).toContain('qingstack_requests_total{action="RunInstances",ret_code="0"} 1')
    expect(text).toMatch(/qingstack_request_duration_seconds_bucket\{le="\+Inf",endpoint="iaas"\} 4/)
    expect(text).toContain('qingstack_request_duration_seconds_count{endpoint="iaas"} 4')
    expect(text).toContain('qingstack_jobs{status="pending"} 1')
    expect(text).toContain('qingstack_jobs{status="successful"} 0')
    expect(text).toContain('qingstack_job_queue_depth 1')
    expect(text).toContain('qingstack_job_queue_oldest_age_seconds 5')
    expect(text).toContain('qingstack_store_errors_total 0')
    expect(text).toContain('# TYPE process_cpu_seconds_total counter')

    await api.drainJobs()
    const after = (await sendHttp(api.url, { path: '/metrics' })).text
    expect(after).toContain('qingstack_jobs{status="successful"} 1')
    expect(after).toContain('qingstack_job_queue_depth 0')
    expect(after).toContain('qingstack_job_queue_oldest_age_seconds 0')
  })

  it('is not served without QINGSTACK_METRICS=1', async () => {
    await using api = await startTestServer()
    const answer = await sendHttp(api.url, { path: '/metrics' })
    expect(answer.status).toBe(404)
    expect(answer.text).not.toContain('qingstack_requests_total')
  })
})
