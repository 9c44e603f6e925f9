import { z } from 'zod'
import { defineAction } from '../../define.js'
import { p } from '../../params.js'
import { instanceClasses } from '../../records/instance.js'

export const cpuModels = ['Westmere', 'SandyBridge', 'IvyBridge', 'Haswell', 'Broadwell'] as const

/** The documented custom sizes (docs/compat.md#instance-types); Go validates exactly these lists. */
export const sizeParams = {
  instance_type: p.string({ max: 64 }).describe('instance type (DescribeInstanceTypes); cpu and memory win when both are given'),
  cpu: p.int({ allowed: [1, 2, 4, 8, 16] }).describe('CPU cores'),
  memory: p.int({ allowed: [1024, 2048, 4096, 6144, 8192, 12288, 16384, 24576, 32768] }).describe('memory in MB'),
  os_disk_size: p.int({ min: 20, max: 100 }).describe('OS disk in GB: Linux 20-100 (default 20), Windows 50-100 (default 50)'),
  cpu_model: p.enum(cpuModels).describe('CPU model'),
  cpu_topology: p.string({ max: 32 }).describe('sockets, cores, threads'),
  gpu: p.int({ min: 0, max: 8 }).zeroIsUnset().describe('number of GPUs'),
}

export const loginParams = {
  login_mode: p.enum(['keypair', 'passwd']).required().describe('keypair or passwd (Windows: passwd only)'),
  login_keypair: p.id('keypair').describe('key pair to attach; required with login_mode=keypair'),
  login_passwd: p.string({ max: 64 }).describe('password; required with login_mode=passwd; never stored or echoed'),
  need_newsid: p.int({ allowed: [0, 1] }).describe('Windows: 1 generates a new SID'),
}

export const RunInstances = defineAction({
  name: 'RunInstances',
  service: 'instance',
  summary: 'Create instances from an image; each passes through pending/creating to running with a NIC on its network.',
  mode: 'async',
  zone: 'required',
  permission: { resource: 'instance', operation: 'modify' },
  params: {
    image_id: p.id().required().describe('a system image (centos7x64d, ...), an own image or one granted to the caller'),
    ...sizeParams,
    count: p.int({ min: 1, max: 100 }).default(1).describe('how many identical instances to create'),
    instance_name: p.string({ max: 256 }).describe('name of every new instance'),
    ...loginParams,
    vxnets: p.list(p.id('vxnet')).describe('networks to join, `vxnet-id` or `vxnet-id|ip`; none: the basic network vxnet-0'),
    security_group: p.id('security_group').describe("the security group of the new instances; default: the caller's default group"),
    volumes: p.list(p.id('volume')).describe('available volumes to attach once created; needs count=1'),
    hostname: p.string({ max: 64 }).describe('host name'),
    instance_class: p.int({ allowed: instanceClasses }).default(0).describe('0 performance, 1 high performance, 101 basic, 201 enterprise'),
    gpu_class: p.int({ allowed: [0, 1] }).describe('0 NVIDIA P100, 1 AMD S7150'),
    nic_mqueue: p
      .int({ allowed: [0, 1] })
      .default(0)
      .describe('1 enables NIC multi-queue'),
    need_userdata: p.int({ allowed: [0, 1] }).describe('1 passes User Data'),
    userdata_type: p.enum(['plain', 'exec', 'tar']).describe('kind of User Data'),
    userdata_value: p.string({ max: 8192 }).describe('base64 User Data of at most 4 KB, or for tar the id of an UploadUserDataAttachment'),
    userdata_path: p.string({ max: 256 }).describe('where User Data lands in the guest'),
    userdata_file: p.string({ max: 256 }).describe('file run for exec User Data'),
    hypervisor: p.enum(['kvm', 'bm']).describe('kvm (default) or bm for bare metal'),
    os_disk_encryption: p.flag().describe('encrypt the OS disk'),
    cipher_alg: p.enum(['aes256']).describe('only aes256'),
    dry_run: p.flag().describe('1 validates (quotas included) and creates nothing (docs/compat.md#dry-run)'),
  },
  response: {
    instances: z.array(z.string()),
  },
  errors: ['MissingParameter', 'InvalidParameter', 'ResourceNotFound', 'PermissionDenied', 'QuotaExceeded', 'InsufficientResources'],
  binds: { params: ['login_keypair', 'security_group', 'vxnets', 'volumes'], toNew: true },
})
