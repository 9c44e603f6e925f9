import {
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core'
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type ComponentType } from 'react'
import { actions } from '../../protocol/actions/index.js'
import type { AnyAction } from '../../protocol/define.js'
import { ActionForm } from '../components/ActionForm.js'
import { ErrorAlert, notifyError } from '../components/errors.js'
import { RecordTable, type Column } from '../components/RecordTable.js'
import { POLL_MS } from '../components/JobProgress.js'
import { useConsole } from '../context.js'

/**
 * The operator's pages (the audit trail, the clock, fault rules), served by `/qingstack/`
 * (docs/operator.md). Each is one entry here: the menu and the routes read this list, so adding
 * one touches no other file. They call the SDK like every other page.
 */
export interface OperatorPage {
  path: string
  title: string
  component: ComponentType
  /** The action the page reads: its descriptor's `callers` says who is shown the page. */
  action: Pick<AnyAction, 'name' | 'callers'>
}

type Row = Record<string, unknown>

/** The audit trail: DescribeAuditEvents with its filters, newest first; the live tail polls it. */
export function AuditTrail() {
  const { call } = useConsole()
  const [filters, setFilters] = useState({ action_name: '', user: '', resource: '', request_id: '' })
  const [failed, setFailed] = useState(false)
  const [tail, setTail] = useState(false)
  const params: Row = { limit: 50 }
  for (const [name, value] of Object.entries(filters)) if (value.trim() !== '') params[name] = value.trim()
  if (failed) params.failed = 1
  const events = useQuery({
    queryKey: ['audit', params],
    queryFn: () => call(actions.DescribeAuditEvents.name, params),
    placeholderData: keepPreviousData,
    refetchInterval: tail ? POLL_MS : false,
  })
  const rows = (events.data?.audit_event_set ?? []) as Row[]
  const filter = (name: keyof typeof filters, label: string) => (
    <TextInput label={label} value={filters[name]} onChange={(e) => setFilters((all) => ({ ...all, [name]: e.currentTarget.value }))} />
  )
  return (
    <Stack>
      <Title order={2}>Audit trail</Title>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        {filter('action_name', 'Action (or its start)')}
        {filter('user', 'User (ID or e-mail)')}
        {filter('resource', 'Resource ID')}
        {filter('request_id', 'Request ID')}
      </SimpleGrid>
      <Group>
        <Checkbox label="Failed only" checked={failed} onChange={(e) => setFailed(e.currentTarget.checked)} />
        <Switch label="Live tail" checked={tail} onChange={(e) => setTail(e.currentTarget.checked)} />
        <Text size="sm" data-testid="total">
          {events.data ? `${String(events.data.total_count)} events` : '…'}
        </Text>
      </Group>
      {events.error ? <ErrorAlert error={events.error} /> : null}
      <AuditTable rows={rows} label="audit events" />
    </Stack>
  )
}

const auditColumns: ReadonlyArray<Column<Row>> = [
  { header: 'event_time', cell: (row) => String(row.event_time) },
  { header: 'request_id', cell: (row) => String(row.request_id) },
  { header: 'user', cell: (row) => String(row.user_id ?? '') },
  { header: 'action', cell: (row) => String(row.action ?? '') },
  { header: 'ret_code', cell: (row) => String(row.ret_code) },
  { header: 'resources', cell: (row) => (row.resource_ids as string[]).join(', ') },
  { header: 'message', cell: (row) => String(row.message) },
]

function AuditTable({ rows, label }: { rows: Row[]; label: string }) {
  return (
    <RecordTable
      label={label}
      striped
      rows={rows}
      columns={auditColumns}
      rowKey={(row) => String(row.request_id)}
      rowData={(row) => ({ 'data-request': String(row.request_id) })}
    />
  )
}

/** The caller's last failed requests (any user sees their own), for the dashboard. */
export function LastFailed() {
  const { call } = useConsole()
  const events = useQuery({
    queryKey: ['audit', 'last-failed'],
    queryFn: () => call(actions.DescribeAuditEvents.name, { failed: 1, limit: 5 }),
    refetchInterval: 10 * POLL_MS,
  })
  const rows = (events.data?.audit_event_set ?? []) as Row[]
  if (events.error) return <ErrorAlert error={events.error} />
  return rows.length ? <AuditTable rows={rows} label="last failed requests" /> : <Text size="sm">No failed request.</Text>
}

/** Fault rules: DescribeFaultRules, a form from CreateFaultRules' descriptor, and DeleteFaultRules. */
export function FaultRules() {
  const { call } = useConsole()
  const queryClient = useQueryClient()
  const [adding, setAdding] = useState(false)
  const rules = useQuery({ queryKey: ['fault-rules'], queryFn: () => call(actions.DescribeFaultRules.name, { limit: 100 }) })
  const remove = useMutation({
    mutationFn: (id: string) => call(actions.DeleteFaultRules.name, { fault_rules: [id] }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['fault-rules'] }),
    onError: notifyError,
  })
  const rows = (rules.data?.fault_rule_set ?? []) as Row[]
  const show = (value: unknown) => (value === undefined || value === null || value === '' ? '—' : String(value))
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Fault rules</Title>
        <Button onClick={() => setAdding(true)}>{actions.CreateFaultRules.name}</Button>
      </Group>
      {rules.error ? <ErrorAlert error={rules.error} /> : null}
      <RecordTable
        label="fault rules"
        striped
        rows={rows}
        rowKey={(row) => String(row.fault_rule_id)}
        rowData={(row) => ({ 'data-id': String(row.fault_rule_id) })}
        columns={[
          { header: 'fault_rule_id', cell: (row) => String(row.fault_rule_id) },
          { header: 'fault_action', cell: (row) => String(row.fault_action) },
          {
            header: 'effect',
            cell: (row) => `${String(row.effect)}${row.fault_ret_code !== undefined ? ` ${String(row.fault_ret_code)}` : ''}`,
          },
          { header: 'remaining', cell: (row) => show(row.remaining) },
          { header: 'probability', cell: (row) => show(row.probability) },
          { header: 'hits', cell: (row) => String(row.hits) },
          { header: 'status', cell: (row) => String(row.status) },
          { header: 'expire_time', cell: (row) => show(row.expire_time) },
          {
            header: <VisuallyHidden>actions</VisuallyHidden>,
            cell: (row) => (
              <Button
                size="xs"
                variant="default"
                aria-label={`Delete ${String(row.fault_rule_id)}`}
                onClick={() => remove.mutate(String(row.fault_rule_id))}
              >
                Delete
              </Button>
            ),
          },
        ]}
      />
      {rules.data && rows.length === 0 ? <Text size="sm">No fault rule.</Text> : null}
      <Modal opened={adding} onClose={() => setAdding(false)} title={actions.CreateFaultRules.name} size="lg">
        <ActionForm action={actions.CreateFaultRules as AnyAction} onDone={() => setAdding(false)} />
      </Modal>
    </Stack>
  )
}

/** The simulated world's clock: DescribeClock, AdvanceClock by N seconds, ResetClock. */
export function Clock() {
  const { call } = useConsole()
  const queryClient = useQueryClient()
  const [seconds, setSeconds] = useState<number | string>(60)
  const clock = useQuery({ queryKey: ['clock'], queryFn: () => call(actions.DescribeClock.name), refetchInterval: 10 * POLL_MS })
  const change = useMutation({
    mutationFn: (advance: number | undefined) =>
      advance === undefined ? call(actions.ResetClock.name) : call(actions.AdvanceClock.name, { seconds: advance }),
    onSuccess: (answer) => {
      queryClient.setQueryData(['clock'], answer)
      void queryClient.invalidateQueries()
    },
  })
  const state = clock.data
  return (
    <Stack maw={640}>
      <Title order={2}>Clock</Title>
      {clock.error ? <ErrorAlert error={clock.error} /> : null}
      <Table aria-label="clock" variant="vertical">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th>world_time</Table.Th>
            <Table.Td>{state ? String(state.world_time) : '…'}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>offset_seconds</Table.Th>
            <Table.Td data-testid="offset">{state ? String(state.offset_seconds) : '…'}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>base_time (wall clock)</Table.Th>
            <Table.Td>{state ? String(state.base_time) : '…'}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <Group align="flex-end">
        <NumberInput label="Seconds to advance" min={1} value={seconds} onChange={setSeconds} />
        <Button
          loading={change.isPending}
          disabled={typeof seconds !== 'number' || seconds < 1}
          onClick={() => change.mutate(Number(seconds))}
        >
          {actions.AdvanceClock.name}
        </Button>
        <Button variant="default" loading={change.isPending} onClick={() => change.mutate(undefined)}>
          {actions.ResetClock.name}
        </Button>
      </Group>
      {change.error ? <ErrorAlert error={change.error} /> : null}
    </Stack>
  )
}

export const operatorPages: readonly OperatorPage[] = [
  { path: '/audit', title: 'Audit trail', component: AuditTrail, action: actions.DescribeAuditEvents },
  { path: '/faults', title: 'Fault rules', component: FaultRules, action: actions.DescribeFaultRules },
  { path: '/clock', title: 'Clock', component: Clock, action: actions.DescribeClock },
]

/**
 * The operator's pages a caller of `role` may use: root all, any other user those open to every
 * caller; none until the role is known, so that the menu never shows a page it then takes away.
 */
export function operatorPagesFor(role: 'root' | 'user' | undefined): readonly OperatorPage[] {
  if (role === undefined) return []
  return operatorPages.filter((page) => page.action.callers === 'any' || role === 'root')
}
