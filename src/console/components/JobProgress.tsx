import { Badge, Group, Progress, Text } from '@mantine/core'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { actions } from '../../protocol/actions/index.js'
import { useConsole } from '../context.js'

/** How often a job, or a list with rows in transition, is asked again. */
export const POLL_MS = 1000

const ended = new Set(['successful', 'failed', 'done with failure'])

/** A job's status, asked again each second until it ends; then the lists it changed are fetched again. */
export function JobProgress({ jobId, onEnd }: { jobId: string; onEnd?: (status: string) => void }) {
  const { call } = useConsole()
  const queryClient = useQueryClient()
  const query = useQuery({
    queryKey: ['job', jobId],
    queryFn: async () => {
      const answer = await call(actions.DescribeJobs.name, { jobs: [jobId] })
      return (answer.job_set as Array<Record<string, unknown>>)[0]
    },
    refetchInterval: (q) => (ended.has(String(q.state.data?.status)) ? false : POLL_MS),
  })
  const status = String(query.data?.status ?? 'pending')
  const done = ended.has(status)
  useEffect(() => {
    if (!done) return
    void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'job' })
    onEnd?.(status)
    // onEnd is the caller's; the end is what matters.
  }, [done, status])
  return (
    <Group gap="sm" aria-live="polite" data-testid="job-progress">
      <Text size="sm">
        Job <code>{jobId}</code>
      </Text>
      <Badge variant="dot" color={status === 'successful' ? 'green' : done ? 'red' : 'blue'}>
        {status}
      </Badge>
      {!done ? <Progress value={100} animated striped w={120} aria-label={`job ${jobId} in progress`} /> : null}
    </Group>
  )
}
