import { ServerCertificate } from '../records/server-certificate.js'
import { defineResourceType } from './define.js'

export const server_certificate = defineResourceType({
  prefix: 'sc-',
  label: 'server certificate',
  records: { schema: ServerCertificate, setKey: 'server_certificate_set', idField: 'server_certificate_id' },
  // Reused by the listeners of any load balancer, as key pairs are by instances.
  project: { item: 'several' },
  quotaKeys: ['server_certificate'],
})
