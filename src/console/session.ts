import { QingClient } from '../sdk/browser.js'

/** What signing in keeps: the access key, in session storage (or local storage when remembered). */
export interface Credentials {
  accessKeyId: string
  secretAccessKey: string
}

const KEY = 'qingstack.console.credentials'

function parse(text: string | null): Credentials | undefined {
  if (!text) return undefined
  try {
    const value = JSON.parse(text) as Partial<Credentials>
    return typeof value.accessKeyId === 'string' && typeof value.secretAccessKey === 'string'
      ? { accessKeyId: value.accessKeyId, secretAccessKey: value.secretAccessKey }
      : undefined
  } catch {
    return undefined
  }
}

export function loadCredentials(): Credentials | undefined {
  return parse(sessionStorage.getItem(KEY)) ?? parse(localStorage.getItem(KEY))
}

/** Session storage always; local storage only when the user asks to be remembered on this browser. */
export function saveCredentials(credentials: Credentials, remember: boolean): void {
  sessionStorage.setItem(KEY, JSON.stringify(credentials))
  if (remember) localStorage.setItem(KEY, JSON.stringify(credentials))
  else localStorage.removeItem(KEY)
}

export function forgetCredentials(): void {
  sessionStorage.removeItem(KEY)
  localStorage.removeItem(KEY)
}

/** The API of the server that served the console: the console is a client like any other. */
export function apiEndpoint(): string {
  return new URL('/iaas/', window.location.origin).toString()
}

export function newClient(credentials: Credentials, zone?: string): QingClient {
  return new QingClient({ endpoint: apiEndpoint(), ...credentials, zone, retries: 0 })
}
