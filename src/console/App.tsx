import { AppShell, Burger, Button, Group, NavLink, ScrollArea, Select, Text, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Link, Route, Router, Switch, useLocation } from 'wouter'
import { useHashLocation } from 'wouter/use-hash-location'
import { actions } from '../protocol/actions/index.js'
import { resourcePages } from './catalog.js'
import { ConsoleProvider, useConsole } from './context.js'
import { Dashboard } from './pages/Dashboard.js'
import { operatorPages, operatorPagesFor } from './pages/operator.js'
import { ProjectDetail, Projects } from './pages/Projects.js'
import { ResourceDetail } from './pages/ResourceDetail.js'
import { ResourceList } from './pages/ResourceList.js'
import { SignIn } from './pages/SignIn.js'
import { forgetCredentials, loadCredentials, saveCredentials, type Credentials } from './session.js'

const ZONE_KEY = 'qingstack.console.zone'

/** Signed out: the sign-in page; signed in: the console, in the zone and project chosen. */
export function App() {
  const queryClient = useQueryClient()
  const [credentials, setCredentials] = useState<Credentials | undefined>(loadCredentials)
  const [zone, setZoneState] = useState(() => sessionStorage.getItem(ZONE_KEY) ?? '')
  const [projectId, setProjectId] = useState<string | undefined>(undefined)
  const setZone = (value: string) => {
    sessionStorage.setItem(ZONE_KEY, value)
    setZoneState(value)
  }
  if (!credentials) {
    return (
      <SignIn
        onSignedIn={(signed, remember, firstZone) => {
          saveCredentials(signed, remember)
          if (!zone) setZone(firstZone)
          setCredentials(signed)
        }}
      />
    )
  }
  const signOut = () => {
    forgetCredentials()
    queryClient.clear()
    setProjectId(undefined)
    setCredentials(undefined)
  }
  return (
    <ConsoleProvider
      credentials={credentials}
      zone={zone}
      setZone={setZone}
      projectId={projectId}
      setProjectId={setProjectId}
      signOut={signOut}
    >
      <Router hook={useHashLocation}>
        <Shell />
      </Router>
    </ConsoleProvider>
  )
}

function Shell() {
  const [opened, { toggle }] = useDisclosure()
  const [location] = useLocation()
  const { credentials, signOut, call } = useConsole()
  // Root-only pages stay out of other users' menu; their routes remain, and answer such a user 1400.
  const caller = useQuery({
    queryKey: ['caller', credentials.accessKeyId],
    queryFn: async () => (await call(actions.DescribeCaller.name, {})).role as 'root' | 'user',
    staleTime: Infinity,
  })
  const nav = (path: string, label: string) => (
    <NavLink
      key={path}
      component={Link}
      href={path}
      label={label}
      variant="filled"
      active={location === path || location.startsWith(`${path}/`)}
    />
  )
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="menu" />
            <Title order={1} size="h3">
              qingstack
            </Title>
          </Group>
          <Group wrap="nowrap">
            <ZoneSwitcher />
            <ProjectSwitcher />
            <Text size="sm" visibleFrom="md">
              {credentials.accessKeyId}
            </Text>
            <Button variant="default" size="xs" onClick={signOut}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="pages">
        <ScrollArea>
          {nav('/', 'Dashboard')}
          {resourcePages.map((page) => nav(page.path, page.title))}
          {nav('/projects', 'Projects')}
          {operatorPagesFor(caller.data).map((page) => nav(page.path, page.title))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <Switch>
          <Route path="/">
            <Dashboard />
          </Route>
          <Route path="/projects">
            <Projects />
          </Route>
          <Route path="/projects/:id">{(params) => <ProjectDetail projectId={params.id} />}</Route>
          {resourcePages.map((page) => (
            <Route key={page.path} path={page.path}>
              <ResourceList key={page.type} page={page} />
            </Route>
          ))}
          {resourcePages.map((page) => (
            <Route key={`${page.path}/:id`} path={`${page.path}/:id`}>
              {(params) => <ResourceDetail page={page} id={params.id} />}
            </Route>
          ))}
          {operatorPages.map((page) => (
            <Route key={page.path} path={page.path} component={page.component} />
          ))}
          <Route>
            <Text>No such page.</Text>
          </Route>
        </Switch>
      </AppShell.Main>
    </AppShell>
  )
}

function ZoneSwitcher() {
  const { call, zone, setZone } = useConsole()
  const zones = useQuery({
    queryKey: ['zones'],
    queryFn: async () => (await call(actions.DescribeZones.name, {})).zone_set as Array<{ zone_id: string }>,
  })
  return (
    <Select
      aria-label="zone"
      size="xs"
      w={110}
      data={(zones.data ?? []).map((z) => z.zone_id)}
      value={zone || null}
      onChange={(value) => value && setZone(value)}
      allowDeselect={false}
    />
  )
}

const NO_PROJECT = '-'

/** "Acting in project X": every call that takes project_id gets it. */
function ProjectSwitcher() {
  const { call, projectId, setProjectId } = useConsole()
  const projects = useQuery({
    queryKey: ['projects', 'switcher'],
    queryFn: async () => {
      const [own, shared] = await Promise.all([
        call(actions.DescribeProjects.name, { limit: 100 }),
        call(actions.DescribeProjects.name, { shared: true, limit: 100 }),
      ])
      return [...(own.project_set as Array<Record<string, string>>), ...(shared.project_set as Array<Record<string, string>>)]
    },
  })
  const data = [
    { value: NO_PROJECT, label: 'My resources' },
    ...(projects.data ?? []).map((p) => ({ value: p.project_id!, label: `${p.project_name || p.project_id}` })),
  ].filter((item, i, all) => all.findIndex((x) => x.value === item.value) === i)
  return (
    <Select
      aria-label="acting in project"
      size="xs"
      w={180}
      data={data}
      value={projectId ?? NO_PROJECT}
      onChange={(value) => setProjectId(value && value !== NO_PROJECT ? value : undefined)}
      allowDeselect={false}
    />
  )
}
