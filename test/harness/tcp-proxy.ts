import net from 'node:net'

/**
 * A TCP proxy on 127.0.0.1 that a test controls, put between qingstack and PostgreSQL to play an
 * outage without touching the shared database server: `cut()` drops every connection, `refuse()`
 * makes new ones fail until `accept()`.
 */
export interface TcpProxy extends AsyncDisposable {
  port: number
  /** Connections accepted so far (to see that clients came back). */
  readonly accepted: number
  /** Destroys every open connection, both sides, at once. */
  cut(): void
  /** New connections are reset as soon as they arrive. */
  refuse(): void
  accept(): void
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const open = new Set<net.Socket>()
  let refusing = false
  let accepted = 0
  const server = net.createServer((client) => {
    if (refusing) {
      client.resetAndDestroy()
      return
    }
    accepted++
    const upstream = net.connect(target)
    for (const socket of [client, upstream]) {
      open.add(socket)
      socket.on('error', () => socket.destroy())
      socket.on('close', () => open.delete(socket))
    }
    client.on('close', () => upstream.destroy())
    upstream.on('close', () => client.destroy())
    client.pipe(upstream)
    upstream.pipe(client)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address() as net.AddressInfo
  return {
    port: address.port,
    get accepted() {
      return accepted
    },
    cut() {
      for (const socket of open) socket.resetAndDestroy()
      open.clear()
    },
    refuse() {
      refusing = true
    },
    accept() {
      refusing = false
    },
    async [Symbol.asyncDispose]() {
      for (const socket of open) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
