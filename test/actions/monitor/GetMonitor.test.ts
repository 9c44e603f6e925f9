import { describe, expect, it } from 'vitest'
import { formatQingTime } from '../../../src/protocol/time.js'
import { runningInstances } from '../../harness/compute.js'
import { decompress } from '../../harness/monitor.js'
import { availableEips } from '../../harness/network.js'
import { addMember, newProject } from '../../harness/projects.js'
import { refusal } from '../../harness/refusal.js'
import { startTestServer } from '../../harness/server.js'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const at = (ms: number) => formatQingTime(ms)

describe('GetMonitor', () => {
  it("answers an instance's meters compressed as QingCloud does; the Python SDK's decompression gives every step from the first sample", async () => {
    await using api = await startTestServer()
    const [instance] = await runningInstances(api)
    const created = Date.parse((await api.client.describeInstances({ instances: [instance!] })).instance_set[0]!.create_time)
    api.clock.advance(3 * HOUR)
    const record = (await api.client.describeInstances({ instances: [instance!] })).instance_set[0]!
    const mac = record.vxnets![0]!.nic_id
    const start = created - HOUR
    const input = {
      resource: instance!,
      meters: ['cpu', 'memory', 'disk-os', 'disk-iops-os', 'disk-us-os', `if-${mac}`],
      step: '5m' as const,
      start_time: at(start),
      end_time: at(api.clock.now()),
    }
    const answer = await api.client.getMonitor(input)
    expect(answer.resource_id).toBe(instance)
    expect(answer.meter_set.map((m) => m.meter_id)).toEqual(['cpu', 'memory', 'disk-os', 'disk-iops-os', 'disk-us-os', mac])
    expect(answer.meter_set[5]).toMatchObject({ vxnet_id: record.vxnets![0]!.vxnet_id, sequence: 0 })
    // Nothing before the instance existed: the first sample is the first 5-minute mark after its creation.
    const firstSample = Math.ceil(created / 1000 / 300) * 300
    for (const meter of answer.meter_set) expect((meter.data[0] as [number, unknown])[0]).toBe(firstSample)
    const cpu = decompress(answer.meter_set[0]!.data, start / 1000, 300)
    expect(cpu[0]).toEqual([start / 1000, null])
    const samples = cpu.filter(([t]) => t >= firstSample)
    expect(samples.map(([t]) => t)).toEqual(samples.map((_, i) => firstSample + 300 * i))
    expect(samples.at(-1)![0]).toBeLessThanOrEqual(api.clock.now() / 1000)
    expect(samples.every(([, v]) => typeof v === 'number' && v >= 0 && v <= 1000)).toBe(true)
    const disk = decompress(answer.meter_set[2]!.data, start / 1000, 300)
    expect(disk.filter(([t]) => t >= firstSample).every(([, v]) => Array.isArray(v) && v.length === 2)).toBe(true)
    expect(answer.meter_set[4]!.data[1]).toMatch(/^\/\|\d+\|\d+\|\d+$/)
    // Computed, not stored, and the same every time.
    expect(await api.client.getMonitor(input)).toEqual(answer)
  })

  it('leaves out the hours an instance was stopped: "NA" or a [span, value] the decompression turns into empty steps', async () => {
    await using api = await startTestServer()
    const [instance] = await runningInstances(api)
    const start = api.clock.now()
    api.clock.advance(HOUR)
    await api.client.stopInstances({ instances: [instance!] })
    await api.drainJobs()
    const stopped = api.clock.now()
    api.clock.advance(2 * HOUR)
    await api.client.startInstances({ instances: [instance!] })
    await api.drainJobs()
    const restarted = api.clock.now()
    api.clock.advance(HOUR)
    const { meter_set } = await api.client.getMonitor({
      resource: instance!,
      meters: ['cpu'],
      step: '5m',
      start_time: at(start),
      end_time: at(api.clock.now()),
    })
    expect(meter_set[0]!.data.some((item) => Array.isArray(item) && item.length === 2)).toBe(true)
    const points = decompress(meter_set[0]!.data, Math.floor(start / 1000 / 300) * 300, 300)
    const during = points.filter(([t]) => t * 1000 > stopped + 5 * MINUTE && t * 1000 < restarted - 5 * MINUTE)
    expect(during.length).toBeGreaterThan(20)
    expect(during.every(([, v]) => v === null)).toBe(true)
    expect(points.filter(([t]) => t * 1000 > restarted + 5 * MINUTE).every(([, v]) => typeof v === 'number')).toBe(true)
    const times = points.map(([t]) => t)
    expect(times).toEqual(times.map((_, i) => times[0]! + 300 * i))
  })

  it("shows a pinned value in the meter's wire unit, and EIP traffic under its bandwidth", async () => {
    await using api = await startTestServer()
    const [instance] = await runningInstances(api)
    const [eip] = await availableEips(api)
    api.clock.advance(HOUR)
    await api.client.setMeterValues({ resource: instance!, meters: [{ meter: 'cpu', value: '950' }], duration: '30m' })
    api.clock.advance(HOUR)
    const now = api.clock.now()
    const { meter_set } = await api.client.getMonitor({
      resource: instance!,
      meters: ['cpu'],
      step: '5m',
      start_time: at(now - 65 * MINUTE),
      end_time: at(now),
    })
    const points = decompress(meter_set[0]!.data, Math.ceil((now - 65 * MINUTE) / 1000 / 300) * 300, 300)
    expect(points.filter(([, v]) => v === 950)).toHaveLength(6)
    const traffic = await api.client.getMonitor({
      resource: eip!,
      meters: ['traffic', 'flow'],
      step: '15m',
      start_time: at(now - HOUR),
      end_time: at(now),
    })
    const bandwidth = (await api.client.describeEips({ eips: [eip!] })).eip_set[0]!.bandwidth
    const rates = traffic.meter_set[0]!.data.slice(1) as Array<[number, number]>
    expect(rates.length).toBeGreaterThan(0)
    expect(rates.flat().every((v) => v >= 0 && v <= (bandwidth * 1_000_000) / 8)).toBe(true)
  })

  it('refuses fine steps older than 15 days, unknown meters, bad times and resources of others', async () => {
    await using api = await startTestServer()
    const [instance] = await runningInstances(api)
    api.clock.advance(20 * 24 * HOUR)
    const now = api.clock.now()
    const longAgo = { resource: instance!, meters: ['cpu'], start_time: at(now - 16 * 24 * HOUR), end_time: at(now) }
    const fine = await refusal(api.client.getMonitor({ ...longAgo, step: '5m' }))
    expect([fine.ret_code, fine.message]).toEqual([1100, expect.stringContaining('step')])
    const coarse = await api.client.getMonitor({ ...longAgo, step: '2h' })
    const from = Math.ceil((now - 16 * 24 * HOUR) / 1000 / 7200) * 7200
    expect(decompress(coarse.meter_set[0]!.data, from, 7200).filter(([, v]) => typeof v === 'number')).toHaveLength(16 * 12)
    const meter = await refusal(api.client.getMonitor({ ...longAgo, step: '1d', meters: ['gpu'] }))
    expect([meter.ret_code, meter.message]).toEqual([1100, expect.stringContaining('meters')])
    const time = await refusal(api.client.getMonitor({ ...longAgo, step: '1d', end_time: 'yesterday' }))
    expect([time.ret_code, time.message]).toEqual([1100, expect.stringContaining('end_time')])
    const stranger = await api.newUser()
    expect((await refusal(stranger.client.getMonitor({ ...longAgo, step: '1d' }))).ret_code).toBe(2100)
  })

  it("lets a project's member read the meters of its items (monitor.describe), and no one else", async () => {
    await using api = await startTestServer()
    const { project_id, roles } = await newProject(api.client)
    const [instance] = await runningInstances(api, { project_id })
    api.clock.advance(HOUR)
    const input = {
      resource: instance!,
      meters: ['cpu'],
      step: '5m' as const,
      start_time: at(api.clock.now() - HOUR),
      end_time: at(api.clock.now()),
    }
    const member = await addMember(api, api.client, project_id, roles.member)
    expect(await member.client.getMonitor(input)).toEqual(await api.client.getMonitor(input))
    const stranger = await api.newUser()
    expect((await refusal(stranger.client.getMonitor(input))).ret_code).toBe(2100)
  })
})
