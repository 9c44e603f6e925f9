import { describe, expect, it } from 'vitest'
import { processStore, spawnServer } from '../harness/process.js'
import { startTestServer } from '../harness/server.js'

// The console's files, served on the API's port (docs/console.md); test/console/ drives them in a browser.
describe('/console/', () => {
  it('serves the built console: index.html never cached, hashed assets for a year, unknown files 404', async () => {
    await using api = await startTestServer()
    const redirect = await fetch(new URL('/console', api.url), { redirect: 'manual' })
    expect([redirect.status, redirect.headers.get('location')]).toEqual([301, '/console/'])

    const index = await fetch(new URL('/console/', api.url))
    expect([index.status, index.headers.get('content-type'), index.headers.get('cache-control')]).toEqual([
      200,
      'text/html; charset=utf-8',
      'no-cache',
    ])
    const html = await index.text()
    const script = /src="\/console\/(assets\/[^"]+\.js)"/.exec(html)?.[1]
    expect(script).toBeDefined()

    const asset = await fetch(new URL(`/console/${script}`, api.url))
    expect([asset.status, asset.headers.get('content-type'), asset.headers.get('cache-control')]).toEqual([
      200,
      'text/javascript; charset=utf-8',
      'public, max-age=31536000, immutable',
    ])
    expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(1000)

    const missing = await fetch(new URL('/console/assets/nothere.js', api.url))
    expect(missing.status).toBe(404)
    await missing.text()
    // Only the build's own files: a path out of the folder is no file of it.
    const outside = await fetch(new URL('/console/..%2f..%2fpackage.json', api.url))
    expect(outside.status).toBe(404)
    await outside.text()
  })

  it('is printed in the start banner, on the port the API listens on', async () => {
    await using store = await processStore()
    const server = await spawnServer(store)
    try {
      const origin = new URL(server.url).origin
      expect(server.stdout).toContain(`  console:           ${origin}/console/\n`)
      expect((await fetch(`${origin}/console/`)).status).toBe(200)
    } finally {
      await server.kill()
    }
  })
})
