import { describe, expect, it } from 'vitest'
import { render } from './output.js'

describe('CLI output', () => {
  it('json is the whole answer, indented', () => {
    const answer = { action: 'DescribeZonesResponse', zone_set: [{ zone_id: 'pek3a', status: 'active' }], total_count: 1, ret_code: 0 }
    expect(JSON.parse(render(answer, 'json'))).toEqual(answer)
  })

  it('--all-columns shows the scalar fields of the records, blanks for null, and total_count', () => {
    const text = render(
      {
        action: 'DescribeVolumesResponse',
        volume_set: [
          { volume_id: 'vol-1', description: null, size: 20, instance: { instance_id: 'i-1' } },
          { volume_id: 'vol-22', description: 'x'.repeat(70), size: 100 },
        ],
        total_count: 7,
        ret_code: 0,
      },
      'table',
      { allColumns: true },
    )
    expect(text).toBe(
      [
        'volume_id  description                                                   size',
        '---------  ------------------------------------------------------------  ----',
        'vol-1                                                                    20',
        `vol-22     ${'x'.repeat(59)}…  100`,
        'total_count: 7',
        '',
      ].join('\n'),
    )
    expect(render({ volume_set: [], total_count: 0 }, 'table')).toBe('(no volume records)\ntotal_count: 0\n')
  })

  it('a table shows by default the id, name, the few fields of the type, status and transition_status', () => {
    const image = {
      image_id: 'img-1',
      image_name: 'web',
      description: 'd',
      os_family: 'ubuntu',
      platform: 'linux',
      provider: 'self',
      visibility: 'private',
      owner: 'usr-1',
      size: 20,
      status: 'available',
      transition_status: '',
      create_time: 't',
    }
    const answer = { image_set: [image], total_count: 1 }
    expect(render(answer, 'table').split('\n')[0]).toBe(
      'image_id  image_name  os_family  platform  provider  visibility  status     transition_status',
    )
    expect(render(answer, 'table', { columns: ['image_id', 'size'] })).toBe(
      ['image_id  size', '--------  ----', 'img-1     20', 'total_count: 1', ''].join('\n'),
    )
    expect(render(answer, 'table', { allColumns: true }).split('\n')[0]).toContain('create_time')
    // A record type without defaults: its id and name, or else every field.
    expect(render({ thing_set: [{ thing_id: 't-1', thing_name: 'a', colour: 'red' }] }, 'table').split('\n')[0]).toBe(
      'thing_id  thing_name',
    )
    expect(render({ thing_set: [{ a: 1, b: 2 }] }, 'table').split('\n')[0]).toBe('a  b')
    // JSON is the whole answer whatever the columns.
    expect(JSON.parse(render(answer, 'json', { columns: ['image_id'] }))).toEqual(answer)
  })

  it('other answers are field/value pairs', () => {
    expect(render({ action: 'CreateVolumesResponse', job_id: 'j-1', volumes: ['vol-1', 'vol-2'], ret_code: 0 }, 'table')).toBe(
      ['field    value', '-------  ------------', 'job_id   j-1', 'volumes  vol-1, vol-2', ''].join('\n'),
    )
  })
})
