import { Table } from '@mantine/core'
import type { ReactNode } from 'react'

/** One column: its heading (none for a table without a header row) and what a row shows in it. */
export interface Column<R> {
  header?: ReactNode
  cell: (row: R) => ReactNode
}

/**
 * The console's tables of records (projects, members, rules, items, audit events, fault rules):
 * a labelled Mantine table, one row per record, keyed by `rowKey`, with `rowData` as the row's
 * `data-*` attributes (what the browser tests and the pages' own styles find rows by).
 */
export function RecordTable<R>({
  label,
  rows,
  columns,
  rowKey,
  rowData,
  striped = false,
}: {
  label: string
  rows: readonly R[]
  columns: ReadonlyArray<Column<R>>
  rowKey: (row: R) => string
  rowData?: (row: R) => Record<`data-${string}`, string>
  striped?: boolean
}) {
  const headed = columns.some((column) => column.header !== undefined)
  return (
    <Table aria-label={label} striped={striped}>
      {headed ? (
        <Table.Thead>
          <Table.Tr>
            {columns.map((column, i) => (
              <Table.Th key={i}>{column.header}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
      ) : null}
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={rowKey(row)} {...rowData?.(row)}>
            {columns.map((column, i) => (
              <Table.Td key={i}>{column.cell(row)}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
