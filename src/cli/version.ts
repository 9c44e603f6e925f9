import fs from 'node:fs'

/**
 * This package's version, from its package.json: two levels above this module in the sources
 * (src/cli/) and in the bundle (dist/cli/, dist/chunks/) alike.
 */
export function packageVersion(): string {
  const text = fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')
  return (JSON.parse(text) as { version: string }).version
}
