// `npm run fresh-store`: records src/server/db/fresh-sqlite-store.ts anew (after adding or changing a migration).
import fs from 'node:fs'
import { FRESH_STORE_FILE, freshStoreModule, recordFreshSqliteStore } from './fresh-store.js'

fs.writeFileSync(FRESH_STORE_FILE, freshStoreModule(await recordFreshSqliteStore()))
