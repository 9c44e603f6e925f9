// The answer corpus (issue 18): every Describe* action, with filters, paging, sorting, search_word and
// verbose, over one deterministic store, compared byte for byte with the answers committed in
// fixtures/describe-corpus.json. Work that makes answers cheaper must not change one of them.
// QINGSTACK_CORPUS_WRITE=1 rewrites the file: only when an answer is meant to change, with the reason.
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { actions, type ActionName } from '../../src/protocol/actions/index.js'
import { encodeCall } from '../../src/sdk/index.js'
import { signedQuery, sendRaw } from '../harness/raw.js'
import type { TestServer } from '../harness/server.js'

// Ids in creation order instead of random ones, so that the store (and every order by id) is the same
// on each run. MAC and IP addresses stay random and are named by first appearance below.
const IDS = '../../src/server/domain/ids.js'
vi.resetModules()
vi.doMock(IDS, () => {
  let next = 0
  const counter = (alphabet: string, length: number) => {
    let n = ++next
    let out = ''
    for (let i = 0; i < length; i++) {
      out = alphabet[n % alphabet.length]! + out
      n = Math.floor(n / alphabet.length)
    }
    return out
  }
  return {
    newId: (prefix: string, length = 8) => `${prefix}${counter('0123456789abcdefghijklmnopqrstuvwxyz', length)}`,
    newUserId: () => `usr-${counter('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 8)}`,
    newAccessKey: () => ({
      access_key_id: counter('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 20),
      secret_access_key: counter('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 40),
    }),
  }
})

// Test files of a worker share its modules (vitest.config.ts): the server is loaded afresh here, where
// the mock above applies, and dropped again after the file, so that no other file sees the mock.
afterAll(() => {
  vi.doUnmock(IDS)
  vi.resetModules()
})
const { startTestServer } = await import('../harness/server.js')
const { runningInstances, stoppedInstances } = await import('../harness/compute.js')
const { availableEips, routedVxnet } = await import('../harness/network.js')
const { takenSnapshots } = await import('../harness/snapshots.js')
const { availableVolumes } = await import('../harness/storage.js')

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'describe-corpus.json')
const PUBLIC_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINvuBQkAsFPrwEERArMMTj4YA7hSwVCJQGwZVQBM1Fad corpus'

/** What the corpus names: the resources the store was built with. */
interface Store {
  image: string
  project: string
  router: string
  routed: string
  group: string
  tag: string
}

async function buildStore(api: TestServer): Promise<Store> {
  const c = api.client
  const step = () => api.clock.advance(1000)
  const web = await runningInstances(api, { instance_name: 'web-1', count: 3 })
  step()
  const [db] = await runningInstances(api, { instance_name: 'DB_main', instance_type: 'c2m4' })
  step()
  const [old] = await stoppedInstances(api, { instance_name: 'old 50%', image_id: 'xenial4x64a' })
  step()
  const { router, vxnet: routed } = await routedVxnet(api)
  step()
  const [inner] = await runningInstances(api, { instance_name: 'inner', vxnets: [routed] })
  step()
  const volumes = await availableVolumes(api, { volume_name: 'data', count: 3 })
  await c.attachVolumes({ volumes: [volumes[0]!], instance: db! })
  await api.drainJobs()
  step()
  const eips = await availableEips(api, 3)
  await c.associateEip({ eip: eips[0]!, instance: web[0]! })
  await api.drainJobs()
  step()
  const { security_group_id: group } = await c.createSecurityGroup({ security_group_name: 'corpus-sg' })
  await c.addSecurityGroupRules({
    security_group: group,
    rules: [
      { protocol: 'tcp', priority: 1, val1: '22', security_group_rule_name: 'ssh' },
      { protocol: 'icmp', priority: 5, val1: '8', val2: '0', direction: 0 },
    ],
  })
  await c.createSecurityGroupIPSet({ ipset_type: 0, val: '10.0.0.0/8', security_group_ipset_name: 'corp' })
  await c.createSecurityGroupSnapshot({ security_group: group, name: 'before' })
  step()
  const { keypair_id } = await c.createKeyPair({ mode: 'user', public_key: PUBLIC_KEY, keypair_name: 'laptop' })
  await c.attachKeyPairs({ keypairs: [keypair_id], instances: [inner!] })
  await api.drainJobs()
  step()
  const { tag_id: tag } = await c.createTag({ tag_name: 'prod', color: '#ff0000' })
  await c.createTag({ tag_name: 'Staging' })
  await c.attachTags({
    resource_tag_pairs: [
      { tag_id: tag, resource_type: 'instance', resource_id: web[1]! },
      { tag_id: tag, resource_type: 'volume', resource_id: volumes[1]! },
    ],
  })
  step()
  await takenSnapshots(api, [volumes[0]!], { snapshot_name: 'nightly' })
  step()
  const { image_id: image } = await c.captureInstance({ instance: old!, image_name: 'golden' })
  await api.drainJobs()
  step()
  await c.terminateInstances({ instances: [web[2]!] })
  await api.drainJobs()
  step()
  await c.addRouterStatics({
    router,
    vxnet: routed,
    statics: [{ static_type: 1, router_static_name: 'fwd', val1: '80', val2: '192.168.1.2', val3: '8080' }],
  })
  await api.drainJobs()
  step()
  const { project_id: project } = await c.createProject({ project_name: 'corpus', description: 'answers' })
  step()
  return { image, project, router, routed, group, tag }
}

type Call = [ActionName, Record<string, unknown>]

/** The corpus: each Describe* with its required params, then paging, sorting, verbose and search_word where it takes them. */
function corpus(store: Store): Call[] {
  const required: Partial<Record<ActionName, Record<string, unknown>>> = {
    DescribeImageUsers: { image_id: store.image },
    DescribeRouterVxnets: { router: store.router },
    DescribeProjectMembers: { project_id: store.project },
    DescribeProjectResourceZones: { project_id: store.project },
    DescribeProjectAlarms: { project_id: store.project },
    DescribeVxnetInstances: { vxnet: store.routed },
    DescribeSecurityGroupSnapshots: { security_group: store.group },
  }
  const calls: Call[] = []
  const names = (Object.keys(actions) as ActionName[]).filter((name) => name.startsWith('Describe')).sort()
  for (const name of names) {
    const base = required[name] ?? {}
    const params = actions[name].params as Record<string, unknown>
    const has = (param: string) => Object.hasOwn(params, param)
    calls.push([name, base])
    if (has('limit')) calls.push([name, { ...base, limit: 2 }], [name, { ...base, offset: 1, limit: 2 }], [name, { ...base, offset: 100 }])
    if (has('verbose')) calls.push([name, { ...base, verbose: 1 }])
    if (has('reverse')) calls.push([name, { ...base, reverse: 0 }])
    if (has('sort_key')) calls.push([name, { ...base, sort_key: 'create_time', reverse: 0 }])
    if (has('search_word'))
      for (const word of ['e', 'WEB', 'web-1', '50%', '_', 'nothing-like-it', '-0']) calls.push([name, { ...base, search_word: word }])
  }
  const instances: Array<Record<string, unknown>> = [
    { status: ['running'] },
    { status: ['terminated', 'stopped'] },
    { status: ['running'], limit: 1, offset: 1 },
    { instance_type: ['c2m4'] },
    { image_id: ['xenial4x64a'] },
    { tags: [store.tag] },
    { vxnet: store.routed },
    { vxnet: store.routed, verbose: 1 },
    { search_word: 'Web', status: ['running'], limit: 1 },
    { search_word: 'b', sort_key: 'instance_name' },
    { search_word: 'i-', sort_key: 'instance_name', reverse: 1, offset: 1, limit: 3 },
    { search_word: 'DB_MAIN' },
    { search_word: 'in', verbose: 1 },
    { sort_key: 'instance_name', reverse: 1 },
    { sort_key: 'status', limit: 3 },
    { sort_key: 'memory_current', reverse: 0 },
    { instance_name: 'web-1' },
    { not_transition: 1, limit: 3 },
    { instances: ['i-00000000', 'i-nothere0'] },
    { instance_class: 1 },
    { vcpus_current: 2 },
  ]
  for (const filter of instances) calls.push(['DescribeInstances', filter])
  calls.push(['DescribeVolumes', { status: ['in-use'] }], ['DescribeVolumes', { tags: [store.tag], verbose: 1 }])
  calls.push(['DescribeEips', { status: ['associated'] }], ['DescribeEips', { search_word: '.' }])
  calls.push(['DescribeSecurityGroupRules', { security_group: store.group }])
  return calls
}

/** MAC and IP addresses are random: each distinct one is named by its first appearance. */
function normalized(texts: string[]): string[] {
  const names = new Map<string, string>()
  const name = (kind: string) => (found: string) => {
    if (!names.has(found)) names.set(found, `${kind}${names.size}`)
    return names.get(found)!
  }
  return texts.map((text) => text.replace(/52:54(:[0-9a-f]{2}){4}/g, name('mac-')).replace(/\b(?:\d{1,3}\.){3}\d{1,3}\b/g, name('ip-')))
}

describe('Describe* answer corpus', () => {
  it('answers every call of the corpus exactly as committed', async () => {
    await using api = await startTestServer()
    const store = await buildStore(api)
    const texts: string[] = []
    const calls = corpus(store)
    for (const [action, params] of calls) {
      const descriptor = actions[action]
      const zone = descriptor.zone === 'required' ? { zone: 'pek3a' } : {}
      const query = signedQuery(Object.fromEntries([['action', action], ...encodeCall(descriptor, { ...zone, ...params })]), {
        keyId: api.root.access_key_id,
        secret: api.root.secret_access_key,
        now: api.clock.now(),
      })
      const answer = await sendRaw(api.url, { query })
      texts.push(`${answer.status} ${action} ${JSON.stringify(params)}\n${answer.text}`)
    }
    const answers = normalized(texts)
    if (process.env.QINGSTACK_CORPUS_WRITE === '1') {
      fs.mkdirSync(path.dirname(FIXTURE), { recursive: true })
      fs.writeFileSync(FIXTURE, `${JSON.stringify(answers, null, 1)}\n`)
    }
    const committed = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as string[]
    expect(answers.length).toBe(committed.length)
    for (let i = 0; i < answers.length; i++) expect(answers[i]).toBe(committed[i])
  })
})
