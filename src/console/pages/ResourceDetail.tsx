import { Anchor, Button, Card, Group, Loader, Modal, Stack, Table, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { Link } from 'wouter'
import type { AnyAction } from '../../protocol/define.js'
import type { AnyParam } from '../../protocol/params.js'
import { pageOfId, relatedLists, type RelatedList, type ResourcePage } from '../catalog.js'
import { useConsole } from '../context.js'
import { ActionForm } from '../components/ActionForm.js'
import { ErrorAlert } from '../components/errors.js'
import { POLL_MS } from '../components/JobProgress.js'
import { StatusBadge } from '../components/StatusBadge.js'

type Row = Record<string, unknown>

/** The parameter of a Describe* that takes a list of this type's ids (`instances`, `volumes`). */
function idsParam(page: ResourcePage): string | undefined {
  return Object.entries(page.describe.params as Record<string, AnyParam>).find(
    ([, param]) => param.state.kind === 'list' && param.state.item?.state.kind === 'id' && param.state.item.state.resource === page.type,
  )?.[0]
}

/** One resource, described verbosely, its related resources linked; the service's actions on it. */
export function ResourceDetail({ page, id }: { page: ResourcePage; id: string }) {
  const { call, zone, projectId } = useConsole()
  const [action, setAction] = useState<{ action: AnyAction; fixed: Record<string, unknown> } | undefined>(undefined)
  const param = idsParam(page)
  const query = useQuery({
    queryKey: ['detail', page.type, id, zone, projectId],
    queryFn: async () => {
      const params: Record<string, unknown> = param ? { [param]: [id] } : {}
      if ('verbose' in page.describe.params) params.verbose = 1
      const answer = await call(page.describe.name, params)
      return (answer[page.setKey] as Row[]).find((row) => row[page.idField] === id) ?? null
    },
    refetchInterval: (q) => (q.state.data?.transition_status ? POLL_MS : false),
  })
  const record = query.data
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>
          <Anchor component={Link} href={page.path}>
            {page.title}
          </Anchor>{' '}
          / {id}
        </Title>
        {record ? <StatusBadge status={record.status} transition={record.transition_status} /> : null}
      </Group>
      {query.isLoading ? <Loader aria-label="loading" /> : null}
      {query.error ? <ErrorAlert error={query.error} /> : null}
      {record === null ? (
        <Text>
          No {page.type} {id} in this zone.
        </Text>
      ) : null}
      {record ? (
        <>
          <Group gap="xs">
            {page.rowActions.map(({ action: a, param: p, many }) => (
              <Button key={a.name} size="xs" variant="default" onClick={() => setAction({ action: a, fixed: { [p]: many ? [id] : id } })}>
                {a.name}
              </Button>
            ))}
          </Group>
          {page.type === 'instance' ? <InstanceLinks record={record} /> : null}
          {relatedLists(page.type).map((related) => (
            <Related key={related.action.name} related={related} id={id} />
          ))}
          <Card withBorder>
            <Title order={3} size="h4" mb="sm">
              Attributes
            </Title>
            <Table aria-label="attributes">
              <Table.Tbody>
                {Object.entries(record).map(([key, value]) => (
                  <Table.Tr key={key}>
                    <Table.Th w={220}>{key}</Table.Th>
                    <Table.Td>{renderValue(value)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
        </>
      ) : null}
      <Modal opened={action !== undefined} onClose={() => setAction(undefined)} title={action?.action.name} size="lg">
        {action ? <ActionForm action={action.action} fixed={action.fixed} /> : null}
      </Modal>
    </Stack>
  )
}

/** An id of a type the console lists becomes a link to its page. */
export function IdLink({ id }: { id: string }) {
  const page = pageOfId(id)
  return page ? (
    <Anchor component={Link} href={`${page.path}/${id}`}>
      {id}
    </Anchor>
  ) : (
    <>{id}</>
  )
}

function renderValue(value: unknown): ReactNode {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return /^[a-z]+-[A-Za-z0-9]+$/.test(value) ? <IdLink id={value} /> : value
  if (typeof value === 'object') return <code>{JSON.stringify(value)}</code>
  return String(value)
}

/** An instance's volumes, NICs, EIP, security group and key pairs, each linked to its page. */
function InstanceLinks({ record }: { record: Row }) {
  const volumes = (record.volume_ids as string[] | undefined) ?? []
  const nics = (record.vxnets as Array<{ vxnet_id: string; nic_id: string; private_ip: string }> | undefined) ?? []
  const eip = record.eip as { eip_id?: string; eip_addr?: string } | undefined
  const group = record.security_group as { security_group_id?: string } | undefined
  const keypairs = (record.keypair_ids as string[] | undefined) ?? []
  const item = (label: string, content: ReactNode) => (
    <Table.Tr>
      <Table.Th w={220}>{label}</Table.Th>
      <Table.Td>{content}</Table.Td>
    </Table.Tr>
  )
  const ids = (list: string[]) => (list.length ? list.map((id, i) => [i > 0 ? ', ' : '', <IdLink key={id} id={id} />]) : 'none')
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="sm">
        Related resources
      </Title>
      <Table aria-label="related resources">
        <Table.Tbody>
          {item('Volumes', ids(volumes))}
          {item(
            'NICs',
            nics.length
              ? nics.map((nic) => (
                  <div key={nic.nic_id}>
                    {nic.nic_id} {nic.private_ip} in <IdLink id={nic.vxnet_id} />
                  </div>
                ))
              : 'none',
          )}
          {item('EIP', eip?.eip_id ? [<IdLink key="eip" id={eip.eip_id} />, ` ${eip.eip_addr ?? ''}`] : 'none')}
          {item('Security group', group?.security_group_id ? <IdLink id={group.security_group_id} /> : 'none')}
          {item('Key pairs', ids(keypairs))}
        </Table.Tbody>
      </Table>
    </Card>
  )
}

/** What a Describe* lists for this resource (a VxNet's instances, a router's statics), linked. */
function Related({ related, id }: { related: RelatedList; id: string }) {
  const { call, zone, projectId } = useConsole()
  const query = useQuery({
    queryKey: ['related', related.action.name, id, zone, projectId],
    queryFn: async () => (await call(related.action.name, { [related.param]: id, limit: 100 }))[related.setKey] as Row[],
  })
  const rows = query.data ?? []
  if (query.isSuccess && rows.length === 0) return null
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="sm">
        {related.action.name} ({related.param}={id})
      </Title>
      {query.error ? <ErrorAlert error={query.error} /> : null}
      <Table aria-label={related.action.name}>
        <Table.Tbody>
          {rows.map((row, i) => {
            const rowId = related.idField ? String(row[related.idField]) : undefined
            const name = Object.entries(row).find(([key]) => key.endsWith('_name'))?.[1]
            return (
              <Table.Tr key={rowId ?? i}>
                <Table.Td>{rowId ? <IdLink id={rowId} /> : <code>{JSON.stringify(row).slice(0, 160)}</code>}</Table.Td>
                <Table.Td>{name === undefined ? '' : String(name)}</Table.Td>
                <Table.Td>
                  {row.status === undefined ? null : <StatusBadge status={row.status} transition={row.transition_status} />}
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Card>
  )
}
