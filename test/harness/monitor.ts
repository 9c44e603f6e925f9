import http from 'node:http'

/**
 * The decompression QingCloud's Python SDK applies to GetMonitor data (its MonitorProcessor), written
 * again from its documented behaviour: the first item is [time, value]; each next item is one step
 * later; "NA" is an empty value; an item [span, value] (for pair meters [span, [a, b]]) lies `span`
 * seconds after the previous one, the steps between filled with empty values; the times from
 * `start` up to the first item are filled with empty values too.
 */
export function decompress(data: readonly unknown[], start: number, step: number): Array<[number, unknown]> {
  if (data.length === 0) return []
  const [firstTime, firstValue] = data[0] as [number, unknown]
  const empty = Array.isArray(firstValue) ? firstValue.map(() => null) : null
  const out: Array<[number, unknown]> = []
  for (let t = start; t < firstTime; t += step) out.push([t, empty])
  out.push([firstTime, firstValue])
  let t = firstTime + step
  for (let item of data.slice(1)) {
    const invalid = Array.isArray(item) ? item.some((v) => v === 'NA') : item === 'NA'
    if (invalid) item = empty
    else if (Array.isArray(item) && item.length > 1 && (!Array.isArray(empty) || Array.isArray(item[1]))) {
      const [span, value] = item as [number, unknown]
      t -= step
      for (let f = t + step; f < t + span; f += step) out.push([f, empty])
      t += span
      item = value
    }
    out.push([t, item])
    t += step
  }
  return out
}

/** A webhook receiver on 127.0.0.1: what it was sent, in order. Dispose with `await using`. */
export async function webhookReceiver(): Promise<{ url: string; received: unknown[] } & AsyncDisposable> {
  const received: unknown[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      received.push(JSON.parse(Buffer.concat(chunks).toString('utf8')))
      res.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return {
    url: `http://127.0.0.1:${port}/alerts`,
    received,
    async [Symbol.asyncDispose]() {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
