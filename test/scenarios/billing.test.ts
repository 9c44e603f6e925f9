import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultPrices, formatUnits, hourlyUnits, mergePrices } from '../../src/server/domain/prices.js'
import { runningInstances } from '../harness/compute.js'
import { addMember, memberWithRules, newProject } from '../harness/projects.js'
import { refusal } from '../harness/refusal.js'
import { startTestServer } from '../harness/server.js'

const HOUR = 3_600_000
// Jobs settle the instant they are asked for: a lease starts exactly when the test says.
const instant = { env: { QINGSTACK_TIMING: 'instant' } }
const c1m1 = { resource_type: 'instance', instance_class: 0, vcpus: 1, memory_mb: 1024 } as const

describe('cost of a project (docs/cost.md)', () => {
  it('an hour of a running instance in a project is its price in the table; nothing accrues while it is stopped', async () => {
    await using api = await startTestServer(instant)
    const { project_id } = await newProject(api.client)
    const [instance] = await runningInstances(api, { project_id })
    const estimate = () => api.client.getTotalEstimatedConsumption({ project_id, group_by: 'resource_type' })
    expect((await estimate()).total_price).toBe('0')

    api.clock.advance(HOUR)
    const price = formatUnits(hourlyUnits(defaultPrices, c1m1))
    expect(price).not.toBe('0')
    expect(await estimate()).toMatchObject({
      total_price: price,
      elastic_price: price,
      reserved_price: '0',
      total_resource_count: 1,
      total_estimated_consumption_set: [{ resource_type: 'instance', resource_count: 1, total_price: price }],
    })

    await api.client.stopInstances({ instances: [instance!] })
    await api.drainJobs()
    api.clock.advance(10 * HOUR)
    expect((await estimate()).total_price).toBe(price)
    expect((await api.client.getLeaseInfo({ resource: instance! })).lease_info.status).toBe('suspended')

    await api.client.startInstances({ instances: [instance!] })
    await api.drainJobs()
    api.clock.advance(2 * HOUR)
    expect((await estimate()).total_price).toBe(formatUnits(3 * hourlyUnits(defaultPrices, c1m1)))
    // The window: only the last two hours.
    expect((await api.client.getTotalEstimatedConsumption({ project_id, duration: '2h' })).total_price).toBe(
      formatUnits(2 * hourlyUnits(defaultPrices, c1m1)),
    )
  })

  it('with realistic job timings too: the lease starts when the instance is running, an hour later it is charged', async () => {
    await using api = await startTestServer()
    const { project_id } = await newProject(api.client)
    await runningInstances(api, { project_id })
    api.clock.advance(HOUR)
    const price = formatUnits(hourlyUnits(defaultPrices, c1m1))
    expect((await api.client.getTotalEstimatedConsumption({ project_id })).total_price).toBe(price)
  })

  it('the worked example of docs/cost.md: 10 hours of an instance, a day of a volume and an EIP', async () => {
    await using api = await startTestServer(instant)
    const [instance] = await runningInstances(api)
    const { volumes } = await api.client.createVolumes({ size: 50, volume_type: 0 })
    const { eips } = await api.client.allocateEips({ bandwidth: 4 })
    await api.drainJobs()
    api.clock.advance(10 * HOUR)
    await api.client.stopInstances({ instances: [instance!] })
    await api.drainJobs()
    api.clock.advance(14 * HOUR)
    const fee = async (resource: string) => (await api.client.getChargeRecords({ resource })).total_sum
    expect([await fee(instance!), await fee(volumes[0]!), await fee(eips[0]!)]).toEqual(['0.9', '0.84', '3.84'])
    expect((await api.client.getBalance({})).balance).toBe('994.42')
  })

  it('volumes and EIPs accrue while their instance is stopped; a clock jump of a month is charged in full', async () => {
    await using api = await startTestServer(instant)
    const [instance] = await runningInstances(api)
    const { volumes } = await api.client.createVolumes({ size: 50, volume_type: 0 })
    const { eips } = await api.client.allocateEips({ bandwidth: 4 })
    await api.drainJobs()
    await api.client.attachVolumes({ volumes, instance: instance! })
    await api.client.associateEip({ eip: eips[0]!, instance: instance! })
    await api.drainJobs()
    await api.client.stopInstances({ instances: [instance!] })
    await api.drainJobs()
    const hourly = hourlyUnits(defaultPrices, { resource_type: 'volume', volume_type: 0, size: 50 })
    const eipHourly = hourlyUnits(defaultPrices, { resource_type: 'eip', billing_mode: 'bandwidth', bandwidth: 4 })

    api.clock.advance(30 * 24 * HOUR)
    const sums = await api.client.getChargeSums({ duration: 'total', group_by: ['resource_type'] })
    expect(sums.total_sum).toBe(formatUnits(720 * (hourly + eipHourly)))
    expect(Object.keys(sums.charge_sum_set).sort()).toEqual(['eip', 'volume'])
    expect(sums.charge_sum_set.volume![0]!.fee).toBe(formatUnits(720 * hourly))
    expect(sums.charge_sum_set.eip![0]!.fee).toBe(formatUnits(720 * eipHourly))

    const records = await api.client.getChargeRecords({ resource: volumes[0]!, limit: 2, offset: 719 })
    expect(records.total_count).toBe(720)
    expect(records.total_sum).toBe(formatUnits(720 * hourly))
    expect(records.charge_record_set).toHaveLength(1)
    expect(records.charge_record_set[0]).toMatchObject({ resource_type: 'volume', duration: '1h', unit: 'hour', fee: formatUnits(hourly) })

    const balance = await api.client.getBalance({})
    expect(balance.balance).toBe(formatUnits(1000 * 10_000 - 720 * (hourly + eipHourly)))
  })

  it('never charges an hour twice when the clock is set back', async () => {
    await using api = await startTestServer(instant)
    const [instance] = await runningInstances(api)
    api.clock.advance(2 * HOUR)
    await api.client.stopInstances({ instances: [instance!] })
    await api.drainJobs()
    api.clock.advance(-HOUR)
    await api.client.startInstances({ instances: [instance!] })
    await api.drainJobs()
    api.clock.advance(HOUR)
    const records = await api.client.getChargeRecords({ resource: instance! })
    expect([records.total_count, records.total_sum]).toEqual([2, formatUnits(2 * hourlyUnits(defaultPrices, c1m1))])
    // The second lease starts where the first ended, not an hour before.
    api.clock.advance(HOUR)
    expect((await api.client.getChargeRecords({ resource: instance! })).total_count).toBe(3)
  })

  it('keeps what accrued across a restart, and charges the hours the server was down', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-billing-'))
    const sqliteFile = path.join(dir, 'store.db')
    const schema = `qs_billing_${process.pid}_${Date.now()}`
    const store = { sqliteFile, schema }
    const started = Date.parse('2026-01-15T08:00:00Z')
    const first = await startTestServer({ ...instant, store, startAt: started })
    const { volumes } = await first.client.createVolumes({ size: 100, volume_type: 0 })
    await first.drainJobs()
    first.clock.advance(5 * HOUR)
    await first.app.close() // the store stays; the second server drops it

    await using second = await startTestServer({ ...instant, store, startAt: started + 48 * HOUR })
    const records = await second.client.getChargeRecords({ resource: volumes[0]! })
    const hourly = hourlyUnits(defaultPrices, { resource_type: 'volume', volume_type: 0, size: 100 })
    expect([records.total_count, records.total_sum]).toEqual([48, formatUnits(48 * hourly)])
    fs.rmSync(dir, { recursive: true })
  })
})

describe('a price override file (QINGSTACK_PRICES)', () => {
  it('changes the figures; a bad key stops the start with a line naming the file and the key', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-prices-'))
    const file = path.join(dir, 'prices.yaml')
    fs.writeFileSync(file, 'instance:\n  "0": { cpu: "0.5", memory_gb: 0.25 }\n')
    await using api = await startTestServer({ env: { QINGSTACK_TIMING: 'instant', QINGSTACK_PRICES: file } })
    const [instance] = await runningInstances(api)
    api.clock.advance(HOUR)
    const expected = hourlyUnits(mergePrices({ instance: { 0: { cpu: '0.5', memory_gb: '0.25' } } }), c1m1)
    expect(expected).toBe(7500)
    const records = await api.client.getChargeRecords({ resource: instance! })
    expect(records.charge_record_set.map((r) => [r.price, r.fee])).toEqual([['0.75', '0.75']])

    fs.writeFileSync(file, '{"volume": {"0": "cheap"}}')
    await expect(startTestServer({ env: { QINGSTACK_PRICES: file } })).rejects.toThrow(
      `QINGSTACK_PRICES: ${file}: volume.0: must be a price`,
    )
    fs.rmSync(dir, { recursive: true })
  })
})

describe('who reads charges', () => {
  it("a stranger reads another's resource as unknown; a member reads a project item's charges as its role allows", async () => {
    await using api = await startTestServer(instant)
    const { project_id, roles } = await newProject(api.client)
    const [instance] = await runningInstances(api, { project_id })
    api.clock.advance(HOUR)
    const stranger = await api.newUser()
    expect((await refusal(stranger.client.getChargeRecords({ resource: instance! }))).ret_code).toBe(2100)
    expect((await refusal(stranger.client.getLeaseInfo({ resource: instance! }))).ret_code).toBe(2100)
    expect((await refusal(stranger.client.getChargeSums({ duration: 'total', project_id: [project_id] }))).ret_code).toBe(1400)
    expect((await refusal(stranger.client.getBalance({ user: api.root.user_id }))).ret_code).toBe(1400)
    expect((await stranger.client.getChargeSums({ duration: 'total' })).total_sum).toBe('0')

    const price = formatUnits(hourlyUnits(defaultPrices, c1m1))
    const member = await addMember(api, api.client, project_id, roles.member)
    expect((await member.client.getChargeRecords({ resource: instance! })).total_sum).toBe(price)
    expect((await member.client.getChargeSums({ duration: 'total', project_id: [project_id] })).total_sum).toBe(price)
    expect((await member.client.getTotalEstimatedConsumption({ project_id })).total_price).toBe(price)
    // The member's own balance is untouched: the owner pays for its items.
    expect((await member.client.getBalance({})).balance).toBe('1000')

    const volumesOnly = await memberWithRules(api, api.client, project_id, [{ policy: 'volume.describe' }])
    expect((await refusal(volumesOnly.client.getChargeRecords({ resource: instance! }))).ret_code).toBe(1400)
    expect((await volumesOnly.client.getChargeSums({ duration: 'total', project_id: [project_id] })).total_sum).toBe('0')
  })
})
