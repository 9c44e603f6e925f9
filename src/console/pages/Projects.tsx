import { Anchor, Badge, Button, Card, Group, Modal, Select, Stack, Tabs, Text, TextInput, Title } from '@mantine/core'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { Link } from 'wouter'
import { actions } from '../../protocol/actions/index.js'
import type { AnyAction } from '../../protocol/define.js'
import { useConsole } from '../context.js'
import { ActionForm } from '../components/ActionForm.js'
import { ErrorAlert, notifyError } from '../components/errors.js'
import { RecordTable } from '../components/RecordTable.js'
import { IdLink } from './ResourceDetail.js'

type Row = Record<string, unknown>

/** The caller's projects and those shared with them; CreateProject's form. */
export function Projects() {
  const { call } = useConsole()
  const [creating, setCreating] = useState(false)
  const owned = useQuery({ queryKey: ['projects', 'own'], queryFn: () => call(actions.DescribeProjects.name, { limit: 100 }) })
  const shared = useQuery({
    queryKey: ['projects', 'shared'],
    queryFn: () => call(actions.DescribeProjects.name, { shared: true, limit: 100 }),
  })
  const all: Row[] = [
    ...((owned.data?.project_set as Row[] | undefined) ?? []).map((r) => ({ ...r, mine: true })),
    ...((shared.data?.project_set as Row[] | undefined) ?? []).map((r) => ({ ...r, mine: false })),
  ]
  const rows = all.filter((row, i, all) => all.findIndex((r) => r.project_id === row.project_id) === i)
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Projects</Title>
        <Button onClick={() => setCreating(true)}>{actions.CreateProject.name}</Button>
      </Group>
      {owned.error ? <ErrorAlert error={owned.error} /> : null}
      <RecordTable
        label="projects"
        striped
        rows={rows}
        rowKey={(row) => String(row.project_id)}
        columns={[
          {
            header: 'project_id',
            cell: (row) => (
              <Anchor component={Link} href={`/projects/${String(row.project_id)}`}>
                {String(row.project_id)}
              </Anchor>
            ),
          },
          { header: 'project_name', cell: (row) => String(row.project_name) },
          {
            header: 'owner',
            cell: (row) => (
              <>
                {String(row.owner)} {row.mine ? null : <Badge>shared with you</Badge>}
              </>
            ),
          },
          { header: 'create_time', cell: (row) => String(row.create_time) },
        ]}
      />
      <Modal opened={creating} onClose={() => setCreating(false)} title={actions.CreateProject.name}>
        <ActionForm action={actions.CreateProject as AnyAction} onDone={() => setCreating(false)} />
      </Modal>
    </Stack>
  )
}

/** One project: its members, roles and rules, and resource items. */
export function ProjectDetail({ projectId }: { projectId: string }) {
  return (
    <Stack>
      <Title order={2}>
        <Anchor component={Link} href="/projects">
          Projects
        </Anchor>{' '}
        / {projectId}
      </Title>
      <Tabs defaultValue="members">
        <Tabs.List>
          <Tabs.Tab value="members">Members</Tabs.Tab>
          <Tabs.Tab value="roles">Roles and rules</Tabs.Tab>
          <Tabs.Tab value="items">Resource items</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="members" pt="md">
          <Members projectId={projectId} />
        </Tabs.Panel>
        <Tabs.Panel value="roles" pt="md">
          <Roles projectId={projectId} />
        </Tabs.Panel>
        <Tabs.Panel value="items" pt="md">
          <Items projectId={projectId} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  )
}

function useRoles(projectId: string) {
  const { call } = useConsole()
  return useQuery({
    queryKey: ['roles', projectId],
    queryFn: async () => (await call(actions.DescribeGroupRoles.name, { project_id: projectId, limit: 100 })).group_role_set as Row[],
  })
}

function useAct() {
  const { call } = useConsole()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ action, params }: { action: string; params: Record<string, unknown> }) => call(action, params),
    onSuccess: () => void queryClient.invalidateQueries(),
    onError: notifyError,
  })
}

/** A row's red button that runs one Delete* action (members, rules, items). */
function RemoveButton({
  act,
  label,
  action,
  params,
}: {
  act: ReturnType<typeof useAct>
  label: string
  action: string
  params: Record<string, unknown>
}) {
  return (
    <Button size="xs" color="red" onClick={() => act.mutate({ action, params })}>
      {label}
    </Button>
  )
}

function Members({ projectId }: { projectId: string }) {
  const { call } = useConsole()
  const roles = useRoles(projectId)
  const act = useAct()
  const members = useQuery({
    queryKey: ['members', projectId],
    queryFn: async () =>
      (await call(actions.DescribeProjectMembers.name, { project_id: projectId, limit: 100 })).project_member_set as Row[],
  })
  const [email, setEmail] = useState('')
  const [role, setRole] = useState<string | null>(null)
  const roleOptions = (roles.data ?? []).map((r) => ({ value: String(r.group_role_id), label: String(r.group_role_name) }))
  const add = (event: FormEvent) => {
    event.preventDefault()
    if (!email || !role) return
    act.mutate(
      {
        action: actions.AddProjectMember.name,
        params: { project_id: projectId, project_members: [{ project_member_info: email, project_member_type: 'user', role }] },
      },
      { onSuccess: () => setEmail('') },
    )
  }
  return (
    <Stack>
      {members.error ? <ErrorAlert error={members.error} /> : null}
      <RecordTable
        label="members"
        rows={members.data ?? []}
        rowKey={(m) => String(m.project_member_id)}
        rowData={(m) => ({ 'data-member': String(m.project_member_info) })}
        columns={[
          { header: 'member', cell: (m) => String(m.project_member_info) },
          { header: 'user', cell: (m) => String(m.project_member_user_id) },
          {
            header: 'role',
            cell: (m) =>
              m.is_project_owner === 1 ? (
                <Badge>owner</Badge>
              ) : (
                <Select
                  aria-label={`role of ${String(m.project_member_info)}`}
                  data={roleOptions}
                  value={String(m.role)}
                  onChange={(value) =>
                    value &&
                    act.mutate({
                      action: actions.ModifyProjectMemberAtrributes.name,
                      params: { project_member_id: m.project_member_id, role_id: value },
                    })
                  }
                />
              ),
          },
          {
            header: 'remove',
            cell: (m) =>
              m.is_project_owner === 1 ? null : (
                <RemoveButton
                  act={act}
                  label={`Remove ${String(m.project_member_info)}`}
                  action={actions.DeleteProjectMembers.name}
                  params={{ project_member_ids: [m.project_member_id] }}
                />
              ),
          },
        ]}
      />
      <Card withBorder component="form" onSubmit={add} aria-label="add a member">
        <Group align="flex-end">
          <TextInput label="E-mail of the member to add" value={email} onChange={(e) => setEmail(e.currentTarget.value)} required />
          <Select label="Role" data={roleOptions.filter((r) => r.label !== 'owner')} value={role} onChange={setRole} required />
          <Button type="submit" loading={act.isPending}>
            Add member
          </Button>
        </Group>
      </Card>
    </Stack>
  )
}

function Roles({ projectId }: { projectId: string }) {
  const { call } = useConsole()
  const roles = useRoles(projectId)
  const act = useAct()
  const [form, setForm] = useState<{ action: AnyAction; fixed: Record<string, unknown> } | undefined>(undefined)
  const rules = useQuery({
    queryKey: ['rules', projectId],
    queryFn: async () =>
      (await call(actions.DescribeGroupRoleRules.name, { project_id: projectId, limit: 100 })).group_role_rule_set as Row[],
  })
  return (
    <Stack>
      <Group>
        <Button onClick={() => setForm({ action: actions.CreateGroupRoles as AnyAction, fixed: { project_id: projectId } })}>
          {actions.CreateGroupRoles.name}
        </Button>
      </Group>
      {(roles.data ?? []).map((role) => {
        const own = (rules.data ?? []).filter((r) => r.group_role_id === role.group_role_id)
        const preset = role.read_only === 1
        return (
          <Card withBorder key={String(role.group_role_id)}>
            <Group justify="space-between">
              <Title order={3} size="h5">
                {String(role.group_role_name)}{' '}
                <Text span c="gray.7">
                  {String(role.group_role_id)}
                </Text>
              </Title>
              {preset ? (
                <Badge>preset, read-only</Badge>
              ) : (
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => setForm({ action: actions.AddGroupRoleRules as AnyAction, fixed: { group_role: role.group_role_id } })}
                >
                  {actions.AddGroupRoleRules.name}
                </Button>
              )}
            </Group>
            <RecordTable
              label={`rules of ${String(role.group_role_name)}`}
              rows={own}
              rowKey={(rule) => String(rule.group_role_rule_id)}
              columns={[
                { cell: (rule) => String(rule.group_role_rule_id) },
                { cell: (rule) => String(rule.policy) },
                { cell: (rule) => <code>{String(rule.principle)}</code> },
                // A preset role's rules can not be deleted: no such column.
                ...(preset
                  ? []
                  : [
                      {
                        cell: (rule: Row) => (
                          <RemoveButton
                            act={act}
                            label={`Delete ${String(rule.group_role_rule_id)}`}
                            action={actions.DeleteGroupRoleRules.name}
                            params={{ group_role_rules: [rule.group_role_rule_id] }}
                          />
                        ),
                      },
                    ]),
              ]}
            />
          </Card>
        )
      })}
      <Modal opened={form !== undefined} onClose={() => setForm(undefined)} title={form?.action.name} size="lg">
        {form ? <ActionForm action={form.action} fixed={form.fixed} onDone={() => setForm(undefined)} /> : null}
      </Modal>
    </Stack>
  )
}

function Items({ projectId }: { projectId: string }) {
  const { call } = useConsole()
  const act = useAct()
  const [adding, setAdding] = useState(false)
  const items = useQuery({
    queryKey: ['items', projectId],
    queryFn: async () =>
      (await call(actions.DescribeProjectResourceItems.name, { project_ids: [projectId], limit: 100 })).project_resource_item_set as Row[],
  })
  return (
    <Stack>
      <Group>
        <Button onClick={() => setAdding(true)}>{actions.AddProjectResourceItems.name}</Button>
      </Group>
      {items.error ? <ErrorAlert error={items.error} /> : null}
      <RecordTable
        label="resource items"
        rows={items.data ?? []}
        rowKey={(item) => String(item.resource_id)}
        columns={[
          { header: 'resource', cell: (item) => <IdLink id={String(item.resource_id)} /> },
          { header: 'type', cell: (item) => String(item.resource_type ?? '') },
          {
            header: 'remove',
            cell: (item) => (
              <RemoveButton
                act={act}
                label={`Remove ${String(item.resource_id)}`}
                action={actions.DeleteProjectResourceItems.name}
                params={{ project_id: [projectId], resources: [item.resource_id] }}
              />
            ),
          },
        ]}
      />
      <Modal opened={adding} onClose={() => setAdding(false)} title={actions.AddProjectResourceItems.name}>
        <ActionForm
          action={actions.AddProjectResourceItems as AnyAction}
          fixed={{ project_id: projectId }}
          onDone={() => setAdding(false)}
        />
      </Modal>
    </Stack>
  )
}
