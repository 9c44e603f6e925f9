/** Accounts. The first one created is the root user; more come from `qingstack users create`. */
export interface UsersTable {
  user_id: string
  user_name: string
  /** Stored lower-cased; unique, so members can be added by e-mail (docs/compat.md#member-types). */
  email: string
  role: 'root' | 'user'
  status: 'active' | 'disabled'
  create_time: string
}
