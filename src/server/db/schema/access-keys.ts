/** API keys. The secret is kept as is: HMAC verification needs it (docs/compat.md#signature). */
export interface AccessKeysTable {
  access_key_id: string
  secret_access_key: string
  owner: string
  access_key_name: string
  description: string
  status: 'active' | 'disabled'
  create_time: string
}
