import type { z } from 'zod'
import type { ChargeRecord } from '../../../protocol/actions/billing/GetChargeRecords.js'
import { formatQingTime } from '../../../protocol/time.js'
import { leasedNames } from '../../db/stores/leases.js'
import { chargeCount, chargesIn, feeIn } from '../../domain/charges.js'
import { formatUnits } from '../../domain/prices.js'
import { billedResource, pricedLeases, windowOf } from '../../services/billing.js'
import type { Handler } from '../types.js'

/** One record per hourly charge made by now, oldest first (docs/compat.md#billing-charges); `total_sum` sums every match, not the page. */
export const GetChargeRecords: Handler<'GetChargeRecords'> = async (params, ctx) => {
  const [from, to] = windowOf(ctx, params)
  const row = await billedResource(ctx, params.resource)
  const leases = await pricedLeases(ctx, { resource_ids: [row.resource_id] })
  const name = (await leasedNames(ctx.tx.db, [row.resource_id])).get(row.resource_id) ?? ''
  let total_count = 0
  let total = 0
  let skip = params.offset
  const charge_record_set: Array<z.infer<typeof ChargeRecord>> = []
  for (const lease of leases) {
    const count = chargeCount(lease, ctx.now, from, to)
    total_count += count
    total += feeIn(lease, ctx.now, from, to)
    const take: number = params.limit - charge_record_set.length
    if (skip >= count || take <= 0) {
      skip = Math.max(0, skip - count)
      continue
    }
    for (const charge of chargesIn(lease, ctx.now, from, to, skip, take)) {
      charge_record_set.push({
        user_id: lease.owner,
        resource_id: lease.resource_id,
        resource_name: name,
        resource_type: lease.resource_type,
        contract_id: lease.contract_id,
        start_time: formatQingTime(charge.start),
        end_time: formatQingTime(charge.end),
        currency: 'cny',
        duration: '1h',
        price: formatUnits(lease.units),
        fee: formatUnits(charge.fee),
        total_sum: charge.hours,
        unit: 'hour',
        remarks: '',
        zone_id: lease.zone_id,
      })
    }
    skip = 0
  }
  return { charge_record_set, total_sum: formatUnits(total), total_count }
}
