import { Button, Checkbox, Group, MultiSelect, NumberInput, Select, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import type { AnyAction } from '../../protocol/define.js'
import type { AnyParam } from '../../protocol/params.js'
import { useConsole } from '../context.js'
import { ErrorAlert } from './errors.js'
import { JobProgress } from './JobProgress.js'

/** Parameters the console fills itself: the project being acted in, and the Describe controls. */
const hidden = new Set(['project_id', 'zone', 'verbose', 'offset', 'limit', 'sort_key', 'reverse'])

export interface ActionFormProps {
  action: AnyAction
  /** Values the form sends as given and does not show (the selected rows' ids). */
  fixed?: Record<string, unknown>
  onDone?: (answer: Record<string, unknown>) => void
}

/**
 * A form for any action, built from its descriptor as the CLI builds its flags: one field per
 * parameter, by kind (text, number, choice, flag, list, JSON), required ones marked, the
 * descriptor's help under each. An async action's job is followed until it ends.
 */
export function ActionForm({ action, fixed = {}, onDone }: ActionFormProps) {
  const { call, projectId } = useConsole()
  const queryClient = useQueryClient()
  const [values, setValues] = useState<Record<string, unknown>>({})
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set())
  const fields = Object.entries(action.params as Record<string, AnyParam>).filter(
    ([name]) => !Object.hasOwn(fixed, name) && !(hidden.has(name) && (name !== 'project_id' || projectId !== undefined)),
  )
  const mutation = useMutation({
    mutationFn: (params: Record<string, unknown>) => call(action.name, params),
    onSuccess: (answer) => {
      void queryClient.invalidateQueries()
      if (typeof answer.job_id !== 'string') onDone?.(answer)
    },
  })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const absent = fields.filter(([name, param]) => param.state.mode === 'required' && isEmpty(values[name])).map(([name]) => name)
    setMissing(new Set(absent))
    if (absent.length > 0) return
    const params: Record<string, unknown> = { ...fixed }
    for (const [name, param] of fields) {
      const value = toWire(param, values[name])
      if (value !== undefined) params[name] = value
    }
    mutation.mutate(params)
  }

  const jobId = typeof mutation.data?.job_id === 'string' ? mutation.data.job_id : undefined
  return (
    <form onSubmit={submit} aria-label={action.name}>
      <Stack gap="sm">
        <Text size="sm" c="gray.7">
          {action.summary}
        </Text>
        {Object.entries(fixed).map(([name, value]) => (
          <Text key={name} size="sm">
            <b>{name}</b>: {Array.isArray(value) ? value.join(', ') : String(value)}
          </Text>
        ))}
        {fields.map(([name, param]) => (
          <Field
            key={name}
            name={name}
            param={param}
            value={values[name]}
            error={missing.has(name) ? `${name} is required` : undefined}
            onChange={(value) => setValues((all) => ({ ...all, [name]: value }))}
          />
        ))}
        {mutation.error ? <ErrorAlert error={mutation.error} /> : null}
        {jobId ? <JobProgress jobId={jobId} onEnd={() => onDone?.(mutation.data!)} /> : null}
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending} disabled={jobId !== undefined}>
            {action.name}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
}

/** The form's value as the SDK takes it; undefined leaves the parameter out. */
function toWire(param: AnyParam, value: unknown): unknown {
  if (isEmpty(value)) return undefined
  const state = param.state
  if (state.kind === 'int') return typeof value === 'string' ? Number(value) : value
  if (state.kind === 'list' && state.item?.state.kind === 'int') return (value as string[]).map(Number)
  if (state.kind === 'objects' || state.kind === 'json') {
    try {
      return JSON.parse(value as string)
    } catch {
      return value
    }
  }
  return value
}

interface FieldProps {
  name: string
  param: AnyParam
  value: unknown
  error: string | undefined
  onChange(value: unknown): void
}

function Field({ name, param, value, error, onChange }: FieldProps) {
  const state = param.state
  const common = {
    label: name,
    description: state.doc || undefined,
    withAsterisk: state.mode === 'required',
    error,
  }
  const placeholder = state.mode === 'defaulted' && state.defaultValue !== undefined ? `default ${String(state.defaultValue)}` : undefined
  if (state.enumValues) {
    return (
      <Select
        {...common}
        data={[...state.enumValues]}
        value={value === undefined ? null : String(value)}
        onChange={(v) => onChange(v ?? undefined)}
        clearable
        placeholder={placeholder}
      />
    )
  }
  switch (state.kind) {
    case 'int':
      return (
        <NumberInput
          {...common}
          value={(value as number | undefined) ?? ''}
          onChange={(v) => onChange(v === '' ? undefined : v)}
          placeholder={placeholder}
          allowDecimal={false}
        />
      )
    case 'flag':
      return (
        <Checkbox
          label={name}
          description={state.doc || undefined}
          checked={value === true}
          onChange={(e) => onChange(e.currentTarget.checked || undefined)}
        />
      )
    case 'list': {
      const items = state.item?.state.enumValues
      if (items) {
        return <MultiSelect {...common} data={[...items]} value={(value as string[] | undefined) ?? []} onChange={onChange} clearable />
      }
      return <TagsInput {...common} value={(value as string[] | undefined) ?? []} onChange={onChange} placeholder="type, then Enter" />
    }
    case 'objects':
    case 'json':
      return (
        <Textarea
          {...common}
          value={(value as string | undefined) ?? ''}
          onChange={(e) => onChange(e.currentTarget.value)}
          placeholder="JSON"
          autosize
          minRows={2}
        />
      )
    default:
      return (
        <TextInput
          {...common}
          value={(value as string | undefined) ?? ''}
          onChange={(e) => onChange(e.currentTarget.value)}
          placeholder={placeholder}
        />
      )
  }
}
