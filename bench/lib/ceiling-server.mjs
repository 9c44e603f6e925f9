// The ceiling of this machine: node:http answering a fixed QingCloud-shaped body, no work at all.
import http from 'node:http'

const body = Buffer.from(
  JSON.stringify({ action: 'DescribeZonesResponse', zone_set: [{ zone_id: 'pek3a', status: 'active' }], total_count: 1, ret_code: 0 }),
)
http
  .createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length })
    response.end(body)
  })
  .listen(Number(process.argv[2]), '127.0.0.1')
