import { Badge, Group } from '@mantine/core'

const colors: Record<string, string> = {
  running: 'green',
  available: 'green',
  active: 'green',
  successful: 'green',
  'in-use': 'teal',
  associated: 'teal',
  pending: 'blue',
  working: 'blue',
  stopped: 'gray',
  suspended: 'yellow',
  terminated: 'red',
  deleted: 'red',
  ceased: 'dark',
  failed: 'red',
}

// `dot`: the text keeps the page's colour (WCAG AA contrast); the dot carries the status colour.

/** A record's status, and its transition (`starting`, `creating`…) beside it while there is one. */
export function StatusBadge({ status, transition }: { status: unknown; transition?: unknown }) {
  return (
    <Group gap={4} wrap="nowrap">
      {status !== undefined && status !== '' ? (
        <Badge color={colors[String(status)] ?? 'gray'} variant="dot">
          {String(status)}
        </Badge>
      ) : null}
      {transition ? (
        <Badge color="blue" variant="outline" data-transition={String(transition)}>
          {String(transition)}…
        </Badge>
      ) : null}
    </Group>
  )
}
