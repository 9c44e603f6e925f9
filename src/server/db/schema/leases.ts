/** A stretch of time a resource accrues charges at one spec (docs/compat.md#billing-charges). */
export interface LeasesTable {
  /** `ct-…`, derived from the resource and the start. */
  contract_id: string
  resource_id: string
  resource_type: 'instance' | 'volume' | 'eip' | 'router'
  owner: string
  zone_id: string
  /** JSON text of the PriceSpec: what decides the hourly price. */
  spec: string
  start_time: string
  /** NULL while the lease runs. */
  end_time: string | null
}
