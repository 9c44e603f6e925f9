import fs from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { parseCidr, type AddressRange } from './domain/addresses.js'
import { defaultPrices, mergePrices, PriceTableError, toUnits, type PriceTable } from './domain/prices.js'
import { defaultQuotas, isQuotaKey, type QuotaLimits } from './domain/quotas.js'

/**
 * The only module that reads the environment. Everything else receives a `Config`.
 * Every variable is documented in README.md ("Settings").
 */

export type Timing = 'realistic' | 'instant'

export interface ZoneConfig {
  zone_id: string
  /** Availability zones a region entry covers; requests naming them act on the region (docs/compat.md#regions-and-zones). */
  aliases: string[]
}

export interface Config {
  host: string
  port: number
  dataDir: string
  /** `postgres://…` selects PostgreSQL; otherwise SQLite in `dataDir`. */
  databaseUrl: string | undefined
  zones: ZoneConfig[]
  /** Ensure this key exists for the root user (scripts and CI use a known key). */
  rootAccessKey: { access_key_id: string; secret_access_key: string } | undefined
  timeWindowS: number
  timing: Timing
  jobLeaseMs: number
  /** How long terminated instances and deleted volumes, images and snapshots stay before they cease (docs/compat.md#recycle-bin); 0: forever. */
  recycleWindowMs: number
  processes: number
  logLevel: LogLevel
  /**
   * Stop when the parent process goes away: under `npm start`, npm's SIGTERM ends only the shell
   * between npm and the server, which would leave the server running.
   */
  stopWithParent: boolean
  /** Per-user, per-zone resource limits (defaults overridden by QINGSTACK_QUOTAS). */
  quotas: QuotaLimits
  /** The public addresses AllocateEips hands out (QINGSTACK_EIP_POOL, a CIDR). */
  eipPool: AddressRange
  /** Hourly prices: the defaults, or QINGSTACK_PRICES laid over them (docs/cost.md). */
  prices: PriceTable
  /** Every user's balance before charges, in units of 0.0001 CNY (QINGSTACK_CREDIT, docs/cost.md). */
  startingCredit: number
  /** Whether every request is written to the audit log (QINGSTACK_AUDIT, default on; 0 turns it off). */
  audit: boolean
  /** How long audit events are kept, in days (QINGSTACK_AUDIT_DAYS, default 7; 0: forever). */
  auditDays: number
  /** Whether `/metrics` answers Prometheus text (QINGSTACK_METRICS=1). */
  metrics: boolean
  /** Hosts alarm webhooks may be posted to (QINGSTACK_WEBHOOK_HOSTS, comma-separated; default none, docs/compat.md#alarm-notifications). */
  webhookHosts: string[]
}

/** Regions QingCloud documents, with the availability zones each covers (docs/compat.md#regions-and-zones). */
const knownRegions: Record<string, string[]> = {
  pek3: ['pek3b', 'pek3c', 'pek3d'],
  gd2: ['gd2a', 'gd2b'],
}

/** pino's levels; `silent` logs nothing. */
export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof logLevels)[number]

function logLevel(raw: string | undefined): LogLevel {
  const level = raw || 'info'
  const known = logLevels.find((l) => l === level)
  if (known === undefined) throw new ConfigError(`QINGSTACK_LOG_LEVEL must be one of ${logLevels.join(', ')}, got "${level}"`)
  return known
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`)
  }
  return value
}

function onOff(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  if (raw === '1' || raw === '0') return raw === '1'
  throw new ConfigError(`${name} must be 1 or 0, got "${raw}"`)
}

export function parseZones(text: string): ZoneConfig[] {
  const ids = text
    .split(',')
    .map((z) => z.trim())
    .filter(Boolean)
  if (ids.length === 0) throw new ConfigError('QINGSTACK_ZONES must name at least one zone')
  for (const id of ids) {
    if (!/^[a-z][a-z0-9-]{0,31}$/.test(id)) throw new ConfigError(`QINGSTACK_ZONES: "${id}" is not a lower-case zone id`)
  }
  return ids.map((zone_id) => ({ zone_id, aliases: knownRegions[zone_id] ?? [] }))
}

/** `instance=10,cpu=20`: limits that replace the defaults of those keys. */
export function parseQuotas(text: string): QuotaLimits {
  const quotas: QuotaLimits = { ...defaultQuotas }
  for (const item of text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [key, value, ...rest] = item.split('=').map((s) => s.trim())
    if (key === undefined || !isQuotaKey(key)) throw new ConfigError(`QINGSTACK_QUOTAS: "${key}" is not a quota key (see DescribeQuotas)`)
    if (rest.length > 0 || value === undefined || !/^\d{1,12}$/.test(value)) {
      throw new ConfigError(`QINGSTACK_QUOTAS: ${key} must be a whole number, got "${value ?? ''}"`)
    }
    quotas[key] = Number(value)
  }
  return quotas
}

/** `139.198.0.0/16`: a CIDR from /8 to /30. */
export function parseEipPool(text: string): AddressRange {
  const range = parseCidr(text)
  if (!range) throw new ConfigError(`QINGSTACK_EIP_POOL must be a CIDR such as 139.198.0.0/16 (a /8 to a /30), got "${text}"`)
  return range
}

/** The price table with the file QINGSTACK_PRICES names (JSON or YAML) laid over the defaults; errors name the file and the key. */
export function loadPrices(file: string | undefined): PriceTable {
  if (!file) return defaultPrices
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    throw new ConfigError(`QINGSTACK_PRICES: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
  }
  let parsed: unknown
  try {
    parsed = parseYaml(text) // YAML is a superset of JSON: one parser reads both
  } catch (error) {
    throw new ConfigError(`QINGSTACK_PRICES: ${file} is not JSON or YAML: ${(error as Error).message.split('\n')[0]}`)
  }
  try {
    return mergePrices(parsed)
  } catch (error) {
    if (error instanceof PriceTableError) throw new ConfigError(`QINGSTACK_PRICES: ${file}: ${error.message}`)
    throw error
  }
}

function credit(raw: string | undefined): number {
  const units = toUnits(raw || '1000')
  if (units === undefined) throw new ConfigError(`QINGSTACK_CREDIT must be an amount in CNY such as 1000 or 250.5, got "${raw}"`)
  return units
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const keyId = env.QINGSTACK_ACCESS_KEY_ID || undefined
  const secret = env.QINGSTACK_SECRET_ACCESS_KEY || undefined
  if ((keyId === undefined) !== (secret === undefined)) {
    throw new ConfigError('QINGSTACK_ACCESS_KEY_ID and QINGSTACK_SECRET_ACCESS_KEY must be set together')
  }
  const timing = env.QINGSTACK_TIMING ?? 'realistic'
  if (timing !== 'realistic' && timing !== 'instant') {
    throw new ConfigError(`QINGSTACK_TIMING must be realistic or instant, got "${timing}"`)
  }
  const databaseUrl = env.DATABASE_URL || undefined
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// URL (SQLite is used when it is unset)')
  }
  return {
    host: env.QINGSTACK_HOST || '127.0.0.1',
    port: integer(env, 'QINGSTACK_PORT', 7878, 0, 65535),
    dataDir: path.resolve(env.QINGSTACK_DATA_DIR || 'data'),
    databaseUrl,
    zones: parseZones(env.QINGSTACK_ZONES || 'pek3a,sh1a,gd2,ap2a'),
    rootAccessKey: keyId !== undefined && secret !== undefined ? { access_key_id: keyId, secret_access_key: secret } : undefined,
    timeWindowS: integer(env, 'QINGSTACK_TIME_WINDOW_S', 60, 1, 7 * 24 * 3600),
    timing,
    jobLeaseMs: integer(env, 'QINGSTACK_JOB_LEASE_S', 10, 1, 3600) * 1000,
    recycleWindowMs: integer(env, 'QINGSTACK_RECYCLE_MINUTES', 120, 0, 7 * 24 * 60) * 60_000,
    processes: integer(env, 'QINGSTACK_PROCESSES', 1, 1, 64),
    logLevel: logLevel(env.QINGSTACK_LOG_LEVEL),
    stopWithParent: env.npm_lifecycle_event !== undefined,
    quotas: parseQuotas(env.QINGSTACK_QUOTAS ?? ''),
    eipPool: parseEipPool(env.QINGSTACK_EIP_POOL || '139.198.0.0/16'),
    prices: loadPrices(env.QINGSTACK_PRICES || undefined),
    startingCredit: credit(env.QINGSTACK_CREDIT),
    audit: onOff(env, 'QINGSTACK_AUDIT', true),
    auditDays: integer(env, 'QINGSTACK_AUDIT_DAYS', 7, 0, 3650),
    metrics: onOff(env, 'QINGSTACK_METRICS', false),
    webhookHosts: (env.QINGSTACK_WEBHOOK_HOSTS ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter((h) => h !== ''),
  }
}
