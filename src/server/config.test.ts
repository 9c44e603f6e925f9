import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config.js'
import { defaultPrices } from './domain/prices.js'

describe('QINGSTACK_PRICES and QINGSTACK_CREDIT', () => {
  it('reads JSON or YAML over the defaults, and says in one line which file and key are wrong', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qs-config-'))
    const file = path.join(dir, 'prices.json')
    try {
      expect(loadConfig({}).prices).toEqual(defaultPrices)
      expect(loadConfig({}).startingCredit).toBe(10_000_000)
      fs.writeFileSync(file, '{"eip": {"bandwidth": "0.05"}}')
      const config = loadConfig({ QINGSTACK_PRICES: file, QINGSTACK_CREDIT: '99.5' })
      expect([config.prices.eip, config.prices.router, config.startingCredit]).toEqual([
        { bandwidth: 500, traffic: 200 },
        defaultPrices.router,
        995_000,
      ])

      const failure = (env: Record<string, string>) => {
        try {
          loadConfig(env)
        } catch (error) {
          if (error instanceof ConfigError) return error.message
          throw error
        }
        return 'no error'
      }
      fs.writeFileSync(file, 'router: {"1": "5 yuan"}')
      expect(failure({ QINGSTACK_PRICES: file })).toBe(
        `QINGSTACK_PRICES: ${file}: router.1: must be a price such as "0.0600" (at most four decimals), got "5 yuan"`,
      )
      fs.writeFileSync(file, '{"eip": [')
      expect(failure({ QINGSTACK_PRICES: file })).toMatch(new RegExp(`^QINGSTACK_PRICES: ${file} is not JSON or YAML: [^\\n]+$`))
      expect(failure({ QINGSTACK_PRICES: path.join(dir, 'missing.yaml') })).toBe(
        `QINGSTACK_PRICES: cannot read ${path.join(dir, 'missing.yaml')}: ENOENT`,
      )
      expect(failure({ QINGSTACK_CREDIT: 'lots' })).toContain('QINGSTACK_CREDIT')
    } finally {
      fs.rmSync(dir, { recursive: true })
    }
  })
})
