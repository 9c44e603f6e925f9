import { ApiError } from '../../protocol/errors.js'

/**
 * Instance types and how a request's size resolves (docs/compat.md#instance-types, docs/compat.md#go-default-size).
 * The catalogue is the same in every zone, and every type in it is available.
 */
export interface InstanceTypeSpec {
  instance_type_id: string
  instance_type_name: string
  vcpus_current: number
  memory_current: number
  baremetal: boolean
}

export const customCpus = [1, 2, 4, 8, 16] as const
export const customMemories = [1024, 2048, 4096, 6144, 8192, 12288, 16384, 24576, 32768] as const

function sized(id: string, cpu: number, memoryGb: number, baremetal = false): InstanceTypeSpec {
  return {
    instance_type_id: id,
    instance_type_name: `${cpu}核${memoryGb}G`,
    vcpus_current: cpu,
    memory_current: memoryGb * 1024,
    baremetal,
  }
}

const classic = (['c1m1', 'c1m2', 'c1m4', 'c2m2', 'c2m4', 'c2m8', 'c4m4', 'c4m8', 'c4m16'] as const).map((id) => {
  const [, cpu, mem] = /^c(\d+)m(\d+)$/.exec(id)!
  return sized(id, Number(cpu), Number(mem))
})

// Legacy names from the docs' examples; sizes as docs/compat.md#instance-types reads them.
const legacy: Array<[string, number, number]> = [
  ['small_a', 1, 1],
  ['small_b', 1, 1],
  ['small_c', 1, 2],
  ['medium_a', 2, 2],
  ['medium_b', 2, 4],
  ['medium_c', 2, 8],
  ['large_a', 4, 4],
  ['large_b', 4, 8],
  ['large_c', 4, 16],
]

const seriesSizes: Array<[string, number]> = [
  ['small', 1],
  ['large', 2],
  ['xlarge', 4],
  ['2xlarge', 8],
  ['4xlarge', 16],
]
const series = ['s1', 'e1', 'e2', 'p1'].flatMap((family) =>
  seriesSizes.flatMap(([size, cpu]) => [1, 2, 4].map((ratio) => sized(`${family}.${size}.r${ratio}`, cpu, cpu * ratio))),
)

const baremetal = [sized('bmc40m192d6g0', 40, 192, true), sized('bmc32m128s6g0', 32, 128, true), sized('bmc16m64t40g0', 16, 64, true)]

export const instanceTypeCatalogue: readonly InstanceTypeSpec[] = [
  ...classic,
  ...legacy.map(([id, cpu, mem]) => sized(id, cpu, mem)),
  ...series,
  ...baremetal,
]

const byId = new Map(instanceTypeCatalogue.map((t) => [t.instance_type_id, t]))

export function findInstanceType(id: string): InstanceTypeSpec | undefined {
  return byId.get(id)
}

export interface SizeRequest {
  instance_type?: string | undefined
  cpu?: number | undefined
  memory?: number | undefined
}

export interface ResolvedSize {
  instance_type: string
  vcpus_current: number
  memory_current: number
}

/** `c<cpu>m<GB>` names a custom size (docs/compat.md#instance-types). */
export function customTypeName(cpu: number, memory: number): string {
  const gb = memory / 1024
  return `c${cpu}m${Number.isInteger(gb) ? gb : gb.toFixed(1)}`
}

/**
 * The docs' precedence: cpu+memory win over instance_type. The Go SDK sends `cpu=1&memory=1024`
 * whatever the caller chose, so that exact pair next to an instance_type means "not given"
 * (docs/compat.md#go-default-size). `goDefaults` is false for ResizeInstances, where Go sends no defaults.
 */
export function resolveSize(request: SizeRequest, options: { goDefaults: boolean }): ResolvedSize {
  const { instance_type } = request
  let { cpu, memory } = request
  if (options.goDefaults && instance_type !== undefined && cpu === 1 && memory === 1024) {
    cpu = undefined
    memory = undefined
  }
  if (cpu !== undefined && memory !== undefined) {
    return { instance_type: customTypeName(cpu, memory), vcpus_current: cpu, memory_current: memory }
  }
  if (instance_type === undefined) {
    throw new ApiError('MissingParameter', { param: cpu === undefined ? 'instance_type' : 'memory' })
  }
  const type = findInstanceType(instance_type)
  if (!type) throw new ApiError('InvalidParameter', { param: 'instance_type', reason: `names no instance type [${instance_type}]` })
  return { instance_type: type.instance_type_id, vcpus_current: type.vcpus_current, memory_current: type.memory_current }
}
