import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { actions, type ActionName } from '../protocol/actions/index.js'
import type { QingClient } from '../sdk/browser.js'
import { newClient, type Credentials } from './session.js'

/** Who is signed in, and where they act: the zone every call names, and the project (if any). */
export interface ConsoleScope {
  credentials: Credentials
  zone: string
  setZone(zone: string): void
  projectId: string | undefined
  setProjectId(projectId: string | undefined): void
  signOut(): void
}

export interface Console extends ConsoleScope {
  client: QingClient
  /**
   * Calls an action as the signed-in user, in the chosen zone; acting in a project adds its
   * `project_id` wherever the action takes one and the caller did not name another.
   */
  call(action: string, params?: Record<string, unknown>): Promise<Record<string, unknown>>
}

const ConsoleContext = createContext<Console | undefined>(undefined)

export function ConsoleProvider(props: ConsoleScope & { children: ReactNode }) {
  const { children, ...scope } = props
  const value = useMemo<Console>(() => {
    const client = newClient(scope.credentials, scope.zone || undefined)
    return {
      ...scope,
      client,
      call(action, params = {}) {
        const descriptor = descriptorOf(action)
        const withProject =
          scope.projectId !== undefined && takesProject(descriptor) && params.project_id === undefined
            ? { ...params, project_id: scope.projectId }
            : params
        return client.request(action, withProject)
      },
    }
  }, [scope.credentials, scope.zone, scope.projectId])
  return <ConsoleContext.Provider value={value}>{children}</ConsoleContext.Provider>
}

export function useConsole(): Console {
  const value = useContext(ConsoleContext)
  if (value === undefined) throw new Error('useConsole outside ConsoleProvider')
  return value
}

export type Descriptor = (typeof actions)[ActionName]

/**
 * Whether `project_id` means "in the project acted in" for this action: a parameter of its own, or
 * the common one the IaaS services read (docs/compat.md#project-id-on-iaas); the Project service's
 * actions without it (DescribeProjects, CreateProject) and zones and access keys do not take it.
 */
function takesProject(descriptor: Descriptor | undefined): boolean {
  if (descriptor === undefined) return false
  return 'project_id' in descriptor.params || !['project', 'zone', 'account'].includes(descriptor.service)
}

/** The registry's descriptor of an action, or undefined for a name it does not know. */
export function descriptorOf(action: string): Descriptor | undefined {
  return Object.hasOwn(actions, action) ? actions[action as ActionName] : undefined
}
