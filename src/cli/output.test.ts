import { describe, expect, it } from 'vitest'
import { render } from './output.js'

describe('CLI output', () => {
  it('json is the whole answer, indented', () => {
    const answer = { action: 'DescribeZonesResponse', zone_set: [{ zone_id: 'pek3a', status: 'active' }], total_count: 1, ret_code: 0 }
    expect(JSON.parse(render(answer, 'json'))).toEqual(answer)
  })

  it('a table shows the scalar fields of the records, blanks for null, and total_count', () => {
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

  it('other answers are field/value pairs', () => {
    expect(render({ action: 'CreateVolumesResponse', job_id: 'j-1', volumes: ['vol-1', 'vol-2'], ret_code: 0 }, 'table')).toBe(
      ['field    value', '-------  ------------', 'job_id   j-1', 'volumes  vol-1, vol-2', ''].join('\n'),
    )
  })
})
