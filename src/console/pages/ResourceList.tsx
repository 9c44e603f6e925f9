import {
  Anchor,
  Button,
  Checkbox,
  Group,
  Loader,
  Menu,
  Modal,
  MultiSelect,
  Pagination,
  ScrollArea,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'wouter'
import type { AnyAction } from '../../protocol/define.js'
import type { AnyParam } from '../../protocol/params.js'
import type { ResourcePage } from '../catalog.js'
import { useConsole } from '../context.js'
import { ActionForm } from '../components/ActionForm.js'
import { ErrorAlert } from '../components/errors.js'
import { POLL_MS } from '../components/JobProgress.js'
import { StatusBadge } from '../components/StatusBadge.js'

const PAGE_SIZE = 20

type Row = Record<string, unknown>

/**
 * A resource type's list: the Describe* action's own paging (offset, limit), order (sort_key,
 * reverse), status filter and search_word, asked of the server; rows in transition are asked again
 * each second until they settle. Selected rows feed the service's actions on them.
 */
export function ResourceList({ page }: { page: ResourcePage }) {
  const { call, zone, projectId } = useConsole()
  const [pageNumber, setPageNumber] = useState(1)
  const [sort, setSort] = useState<{ key: string; reverse: boolean } | undefined>(undefined)
  const [search, setSearch] = useState('')
  const [searchWord] = useDebouncedValue(search, 300)
  const [statuses, setStatuses] = useState<string[]>([])
  const [selected, setSelected] = useState<string[]>([])
  const [dialog, setDialog] = useState<{ action: AnyAction; fixed: Record<string, unknown> } | undefined>(undefined)

  const params = page.describe.params as Record<string, AnyParam>
  const statusValues = params.status?.state.item?.state.enumValues
  const query: Record<string, unknown> = { offset: (pageNumber - 1) * PAGE_SIZE, limit: PAGE_SIZE }
  if (sort && 'sort_key' in params) Object.assign(query, { sort_key: sort.key, reverse: sort.reverse })
  if (searchWord && 'search_word' in params) query.search_word = searchWord
  if (statuses.length > 0) query.status = statuses
  const list = useQuery({
    queryKey: ['list', page.type, zone, projectId, query],
    queryFn: () => call(page.describe.name, query),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => ((q.state.data?.[page.setKey] as Row[] | undefined)?.some((row) => row.transition_status) ? POLL_MS : false),
  })
  const rows = (list.data?.[page.setKey] as Row[] | undefined) ?? []
  const total = typeof list.data?.total_count === 'number' ? list.data.total_count : rows.length
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE))
  const idOf = (row: Row) => String(row[page.idField])
  const toggle = (id: string) => setSelected((all) => (all.includes(id) ? all.filter((x) => x !== id) : [...all, id]))
  const sortBy = (key: string) => setSort((s) => (s?.key === key ? { key, reverse: !s.reverse } : { key, reverse: false }))

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{page.title}</Title>
        <Group>
          {page.createActions.map((action) => (
            <Button key={action.name} onClick={() => setDialog({ action, fixed: {} })}>
              {action.name}
            </Button>
          ))}
          {page.rowActions.length > 0 ? (
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="default" disabled={selected.length === 0}>
                  Actions on {selected.length} selected
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {page.rowActions
                  .filter((r) => r.many || selected.length === 1)
                  .map(({ action, param, many }) => (
                    <Menu.Item key={action.name} onClick={() => setDialog({ action, fixed: { [param]: many ? selected : selected[0] } })}>
                      {action.name}
                    </Menu.Item>
                  ))}
              </Menu.Dropdown>
            </Menu>
          ) : null}
        </Group>
      </Group>
      <Group>
        {'search_word' in params ? (
          <TextInput
            label="Search"
            placeholder="ID or name"
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value)
              setPageNumber(1)
            }}
          />
        ) : null}
        {statusValues ? (
          <MultiSelect
            label="Status"
            data={[...statusValues]}
            value={statuses}
            onChange={(v) => {
              setStatuses(v)
              setPageNumber(1)
            }}
            clearable
            w={320}
          />
        ) : null}
        {list.isFetching ? <Loader size="sm" aria-label="loading" /> : null}
      </Group>
      {list.error ? <ErrorAlert error={list.error} /> : null}
      <ScrollArea>
        <Table striped highlightOnHover aria-label={page.title} data-testid="resource-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <Checkbox
                  aria-label="select all on this page"
                  checked={rows.length > 0 && rows.every((r) => selected.includes(idOf(r)))}
                  onChange={(e) => setSelected(e.currentTarget.checked ? rows.map(idOf) : [])}
                />
              </Table.Th>
              {page.columns.map((column) => (
                <Table.Th key={column} aria-sort={sort?.key === column ? (sort.reverse ? 'descending' : 'ascending') : undefined}>
                  {'sort_key' in params ? (
                    <UnstyledButton onClick={() => sortBy(column)} fw={700} fz="sm">
                      {column} {sort?.key === column ? (sort.reverse ? '▼' : '▲') : ''}
                    </UnstyledButton>
                  ) : (
                    column
                  )}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={idOf(row)} data-id={idOf(row)}>
                <Table.Td>
                  <Checkbox aria-label={`select ${idOf(row)}`} checked={selected.includes(idOf(row))} onChange={() => toggle(idOf(row))} />
                </Table.Td>
                {page.columns.map((column) => (
                  <Table.Td key={column}>
                    <Cell page={page} column={column} row={row} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <Group justify="space-between">
        <Text size="sm" aria-live="polite" data-testid="total">
          {total} in all
        </Text>
        <Pagination
          total={pages}
          value={pageNumber}
          onChange={setPageNumber}
          aria-label="pages"
          getControlProps={(control) => ({ 'aria-label': `${control} page` })}
          getItemProps={(n) => ({ 'aria-label': `page ${n}` })}
        />
      </Group>
      <Modal opened={dialog !== undefined} onClose={() => setDialog(undefined)} title={dialog?.action.name} size="lg">
        {dialog ? (
          <ActionForm
            action={dialog.action}
            fixed={dialog.fixed}
            onDone={() => {
              setSelected([])
            }}
          />
        ) : null}
      </Modal>
    </Stack>
  )
}

function Cell({ page, column, row }: { page: ResourcePage; column: string; row: Row }) {
  const value = row[column]
  if (column === page.idField) {
    return (
      <Anchor component={Link} href={`${page.path}/${String(value)}`}>
        {String(value)}
      </Anchor>
    )
  }
  if (column === 'status') return <StatusBadge status={value} transition={row.transition_status} />
  if (column === 'transition_status') return value ? <StatusBadge status={undefined} transition={value} /> : null
  return <>{value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value)}</>
}
