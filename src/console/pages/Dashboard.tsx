import { Anchor, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { useQueries, useQuery } from '@tanstack/react-query'
import { Link } from 'wouter'
import { actions } from '../../protocol/actions/index.js'
import { resourcePages } from '../catalog.js'
import { useConsole } from '../context.js'
import { POLL_MS } from '../components/JobProgress.js'
import { StatusBadge } from '../components/StatusBadge.js'
import { LastFailed } from './operator.js'
import { IdLink } from './ResourceDetail.js'

/** Counts per resource type (each Describe*'s total_count for a page of one) and the jobs still running. */
export function Dashboard() {
  const { call, zone, projectId } = useConsole()
  const counts = useQueries({
    queries: resourcePages.map((page) => ({
      queryKey: ['count', page.type, zone, projectId],
      queryFn: async () => (await call(page.describe.name, { limit: 1 })).total_count as number,
    })),
  })
  const running = useQuery({
    queryKey: ['jobs', 'running', zone, projectId],
    queryFn: async () =>
      (await call(actions.DescribeJobs.name, { status: ['pending', 'working'], limit: 20 })).job_set as Array<Record<string, unknown>>,
    refetchInterval: (q) => (q.state.data?.length ? POLL_MS : 10 * POLL_MS),
  })
  return (
    <Stack>
      <Title order={2}>Dashboard</Title>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }}>
        {resourcePages.map((page, i) => (
          <Card withBorder key={page.type} padding="sm">
            <Anchor component={Link} href={page.path} size="sm">
              {page.title}
            </Anchor>
            <Text fz={28} fw={700} data-count={page.type}>
              {counts[i]?.error ? '—' : (counts[i]?.data ?? '…')}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <Card withBorder>
        <Group justify="space-between">
          <Title order={3} size="h4">
            Jobs running
          </Title>
          <Anchor component={Link} href="/jobs" size="sm">
            all jobs
          </Anchor>
        </Group>
        {running.data?.length ? (
          <Table aria-label="jobs running">
            <Table.Tbody>
              {running.data.map((job) => (
                <Table.Tr key={String(job.job_id)}>
                  <Table.Td>
                    <IdLink id={String(job.job_id)} />
                  </Table.Td>
                  <Table.Td>{String(job.job_action)}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={job.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm">No job is running.</Text>
        )}
      </Card>
      <Card withBorder>
        <Group justify="space-between">
          <Title order={3} size="h4">
            Last failed requests
          </Title>
          <Anchor component={Link} href="/audit" size="sm">
            audit trail
          </Anchor>
        </Group>
        <LastFailed />
      </Card>
    </Stack>
  )
}
