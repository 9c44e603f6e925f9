import { formatQingTime } from '../../../protocol/time.js'
import { HOUR_MS } from '../../domain/charges.js'
import { formatUnits } from '../../domain/prices.js'
import { billedResource, pricedLeases } from '../../services/billing.js'
import type { Handler } from '../types.js'

/**
 * The resource's latest lease (docs/compat.md#billing-charges): `active` while it accrues, with the
 * end of the running hour as `renewal_time`; `suspended` while it does not (a stopped instance, a
 * deleted volume); `pending` before it ever did.
 */
export const GetLeaseInfo: Handler<'GetLeaseInfo'> = async (params, ctx) => {
  const row = await billedResource(ctx, params.resource)
  const leases = await pricedLeases(ctx, { resource_ids: [row.resource_id] })
  const last = leases.at(-1)
  const running = last !== undefined && last.end === undefined
  const renewal = running ? last.start + (Math.floor((ctx.now - last.start) / HOUR_MS) + 1) * HOUR_MS : undefined
  return {
    resource_id: row.resource_id,
    lease_info: {
      resource_id: row.resource_id,
      zone_id: row.zone_id,
      status: last === undefined ? 'pending' : running ? 'active' : 'suspended',
      renewal: 'auto',
      lease_time: leases[0] ? formatQingTime(leases[0].start) : null,
      renewal_time: renewal === undefined ? null : formatQingTime(renewal),
      contract: last
        ? { contract_id: last.contract_id, duration: '1h', price: formatUnits(last.units), start_time: formatQingTime(last.start) }
        : null,
    },
  }
}
