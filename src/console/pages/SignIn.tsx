import { Button, Card, Center, Checkbox, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { actions } from '../../protocol/actions/index.js'
import { newClient, type Credentials } from '../session.js'
import { ErrorAlert } from '../components/errors.js'

/**
 * Sign-in with an access key: checked by a signed DescribeZones before it is kept, in session
 * storage (and in local storage only when "remember" is ticked).
 */
export function SignIn({ onSignedIn }: { onSignedIn(credentials: Credentials, remember: boolean, zone: string): void }) {
  const [accessKeyId, setAccessKeyId] = useState('')
  const [secretAccessKey, setSecretAccessKey] = useState('')
  const [remember, setRemember] = useState(false)
  const check = useMutation({
    mutationFn: async (credentials: Credentials) => {
      const answer = await newClient(credentials).request(actions.DescribeZones.name, {})
      const zones = answer.zone_set as Array<{ zone_id: string }>
      return zones[0]?.zone_id ?? ''
    },
    onSuccess: (zone, credentials) => onSignedIn(credentials, remember, zone),
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    check.mutate({ accessKeyId: accessKeyId.trim(), secretAccessKey: secretAccessKey.trim() })
  }
  return (
    <Center mih="100vh" component="main">
      <Card withBorder shadow="sm" w={420} padding="lg">
        <form onSubmit={submit} aria-label="sign in">
          <Stack>
            <Title order={1} size="h2">
              qingstack console
            </Title>
            <Text size="sm">
              Sign in with an access key. <code>npm start</code> prints the root user&apos;s.
            </Text>
            <TextInput
              label="Access key id"
              value={accessKeyId}
              onChange={(e) => setAccessKeyId(e.currentTarget.value)}
              required
              autoComplete="username"
            />
            <PasswordInput
              label="Secret access key"
              value={secretAccessKey}
              onChange={(e) => setSecretAccessKey(e.currentTarget.value)}
              required
              autoComplete="current-password"
            />
            <Checkbox label="Remember on this browser" checked={remember} onChange={(e) => setRemember(e.currentTarget.checked)} />
            {check.error ? <ErrorAlert error={check.error} /> : null}
            <Button type="submit" loading={check.isPending}>
              Sign in
            </Button>
          </Stack>
        </form>
      </Card>
    </Center>
  )
}
