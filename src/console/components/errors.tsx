import { Alert, Code, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { QingApiError } from '../../sdk/browser.js'

/** QingCloud's answer to a refused call: its ret_code and message, as the API gave them. */
export function describeError(error: unknown): { title: string; message: string } {
  if (error instanceof QingApiError) return { title: `ret_code ${error.ret_code} (${error.action})`, message: error.message }
  return { title: 'Request failed', message: error instanceof Error ? error.message : String(error) }
}

export function ErrorAlert({ error }: { error: unknown }) {
  const { title, message } = describeError(error)
  return (
    <Alert color="red" title={title} role="alert">
      <Text size="sm">
        <Code>{message}</Code>
      </Text>
    </Alert>
  )
}

export function notifyError(error: unknown): void {
  const { title, message } = describeError(error)
  notifications.show({ color: 'red', title, message, autoClose: 10_000 })
}
