import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { chromiumPresent, expectAccessible, launchBrowser, screenshot, signIn } from '../harness/browser.js'
import { newProject } from '../harness/projects.js'
import { startTestServer, type TestServer } from '../harness/server.js'
import { resourcePages } from '../../src/console/catalog.js'

// The console signs in the browser with the real clock; the test server's fake clock starts at the
// real time, and the window is wide enough for the job timings drainJobs() moves it through.
const serverOptions = { startAt: Date.now(), env: { QINGSTACK_TIME_WINDOW_S: '86400' } }

const WAIT = { timeout: 15_000 }
// A browser test walks several pages on a small shared machine.
const TEST_TIMEOUT = 120_000

function consoleUrl(api: TestServer): string {
  return new URL('/console/', api.url).toString()
}

/** Chooses `option` in the Mantine Select labelled `label`. */
async function choose(page: Page, label: string, option: string | RegExp) {
  await page.getByRole('textbox', { name: label, exact: true }).click()
  await page.getByRole('option', { name: option }).click()
}

// Issue 17: without Debian's chromium package there is no browser to drive (.ci/run installs it).
describe.skipIf(!chromiumPresent)('the web console, in chromium', () => {
  it(
    'signs in, creates an instance and follows it to running, with its detail page',
    async () => {
      await using api = await startTestServer(serverOptions)
      await using browser = await launchBrowser()
      const page = await browser.newPage({ viewport: { width: 1200, height: 760 } })

      await page.goto(consoleUrl(api))
      await expectAccessible(page, 'sign-in')
      await screenshot(page, 'sign-in')
      await signIn(page, consoleUrl(api), api.root)
      // Kept for this tab only, unless "remember" was ticked.
      expect(await page.evaluate(() => [sessionStorage.length, localStorage.length])).toEqual([expect.any(Number), 0])
      await page.locator('[data-count="instance"]', { hasText: '0' }).waitFor(WAIT)
      await expectAccessible(page, 'dashboard')

      await page.goto(`${consoleUrl(api)}#/instances`)
      await page.getByRole('button', { name: 'RunInstances' }).click()
      const dialog = page.getByRole('dialog')
      await dialog.getByLabel('image_id').fill('centos7x64d')
      await dialog.getByLabel('instance_type').fill('c1m1')
      await choose(page, 'login_mode', 'passwd')
      await dialog.getByLabel('login_passwd').fill('Secret2026')
      await dialog.getByLabel('instance_name').fill('web')
      await expectAccessible(page, 'RunInstances form')
      await screenshot(page, 'run-instances')
      await dialog.getByRole('button', { name: 'RunInstances' }).click()
      await dialog.getByTestId('job-progress').waitFor(WAIT)
      await page.keyboard.press('Escape')

      // The new row shows its transition, and is asked again until it settles.
      const row = page.locator('tr[data-id^="i-"]')
      await row.locator('[data-transition]').waitFor(WAIT)
      const instanceId = await row.getAttribute('data-id')
      await api.drainJobs()
      await row.locator('[data-transition]').waitFor({ state: 'detached', ...WAIT })
      await expect.poll(() => row.getByText('running', { exact: true }).count(), WAIT).toBe(1)
      await expectAccessible(page, 'instances')
      await screenshot(page, 'instances')

      await row.getByRole('link', { name: instanceId! }).click()
      await page.getByRole('table', { name: 'related resources' }).waitFor(WAIT)
      const related = page.getByRole('table', { name: 'related resources' })
      expect(await related.getByRole('link', { name: /^sg-/ }).count()).toBe(1)
      expect(await related.getByText(/^vxnet-0$/).count()).toBe(1)
      expect(await page.getByRole('alert').allTextContents()).toEqual([])
      await expectAccessible(page, 'instance detail')
      await screenshot(page, 'instance-detail')

      // A refused action shows QingCloud's ret_code and message: a running instance is not resized.
      await page.getByRole('button', { name: 'ResizeInstances' }).click()
      await choose(page, 'cpu', '2')
      await dialog.getByRole('button', { name: 'ResizeInstances' }).click()
      await dialog
        .getByRole('alert')
        .filter({ hasText: /ret_code \d+/ })
        .waitFor(WAIT)
    },
    TEST_TIMEOUT,
  )

  it(
    'runs a project with two users: the owner adds alice as a member, who sees its volume and is refused its deletion',
    async () => {
      await using api = await startTestServer(serverOptions)
      await using browser = await launchBrowser()
      const alice = await api.newUser('alice@example.com')
      const { volumes } = await api.client.createVolumes({ size: 10, volume_name: 'shared-data' })
      await api.drainJobs()
      const volumeId = volumes[0]!

      const owner = await browser.newPage({ viewport: { width: 1200, height: 760 } })
      await signIn(owner, consoleUrl(api), api.root)
      await owner.goto(`${consoleUrl(api)}#/projects`)
      await owner.getByRole('button', { name: 'CreateProject' }).click()
      const dialog = owner.getByRole('dialog')
      await dialog.getByLabel('project_name').fill('team')
      await dialog.getByRole('button', { name: 'CreateProject' }).click()
      await dialog.waitFor({ state: 'detached', ...WAIT })
      await owner.getByRole('row', { name: /team/ }).getByRole('link').click()
      await expectAccessible(owner, 'projects')

      await owner.getByLabel('E-mail of the member to add').fill('alice@example.com')
      await choose(owner, 'Role', 'member')
      await owner.getByRole('button', { name: 'Add member' }).click()
      await owner.locator('[data-member="alice@example.com"]').waitFor(WAIT)
      await expectAccessible(owner, 'project members')
      await screenshot(owner, 'project-members')

      await owner.getByRole('tab', { name: 'Resource items' }).click()
      await owner.getByRole('button', { name: 'AddProjectResourceItems' }).click()
      await dialog.getByLabel('resources').fill(volumeId)
      await dialog.getByLabel('resources').press('Enter')
      await dialog.getByRole('button', { name: 'AddProjectResourceItems' }).click()
      await dialog.waitFor({ state: 'detached', ...WAIT })
      await owner.getByRole('link', { name: volumeId }).waitFor(WAIT)

      // Alice, in a browser context of her own, acts in the project.
      const context = await browser.newContext({ viewport: { width: 1200, height: 760 } })
      const page = await context.newPage()
      await signIn(page, consoleUrl(api), alice.credentials)
      // Her menu offers her own audit trail, not root's controls (the owner's offers them).
      const menu = (of: typeof page) => of.getByRole('navigation', { name: 'pages' })
      await menu(page).getByRole('link', { name: 'Audit trail' }).waitFor(WAIT)
      expect(
        await menu(page)
          .getByRole('link', { name: /Fault rules|Clock/ })
          .count(),
      ).toBe(0)
      expect(
        await menu(owner)
          .getByRole('link', { name: /Fault rules|Clock/ })
          .count(),
      ).toBe(2)
      await choose(page, 'acting in project', 'team')
      await page.goto(`${consoleUrl(api)}#/volumes`)
      const row = page.locator(`tr[data-id="${volumeId}"]`)
      await row.waitFor(WAIT)
      await expectAccessible(page, 'volumes')
      await row.getByRole('checkbox').check()
      await page.getByRole('button', { name: 'Actions on 1 selected' }).click()
      await page.getByRole('menuitem', { name: 'DeleteVolumes' }).click()
      const aliceDialog = page.getByRole('dialog')
      await aliceDialog.getByRole('button', { name: 'DeleteVolumes' }).click()
      const refusal = aliceDialog.getByRole('alert')
      await refusal.waitFor(WAIT)
      expect(await refusal.textContent()).toMatch(/ret_code 1400.*volume\.delete/s)
      await screenshot(page, 'refused')
      // Nothing was deleted.
      expect((await api.client.describeVolumes({ volumes: [volumeId] })).volume_set[0]!.status).toBe('available')
    },
    TEST_TIMEOUT,
  )

  it(
    'passes axe on every page: each resource list, the operator pages, a detail, the projects and each tab of one',
    async () => {
      await using api = await startTestServer(serverOptions)
      await using browser = await launchBrowser()
      const { volumes } = await api.client.createVolumes({ size: 10, volume_name: 'data' })
      await api.client.createKeyPair({ keypair_name: 'ops' })
      await api.drainJobs()
      const { project_id } = await newProject(api.client, { project_name: 'team' })
      await api.client.createGroupRoles({ project_id, role_type: 'rule', group_role_name: 'custom' })
      const page = await browser.newPage({ viewport: { width: 1200, height: 760 } })
      await signIn(page, consoleUrl(api), api.root)

      for (const resource of resourcePages) {
        await page.goto(`${consoleUrl(api)}#${resource.path}`)
        await page.getByRole('heading', { name: resource.title, exact: true }).waitFor(WAIT)
        await page.getByTestId('total').waitFor(WAIT)
        await page
          .getByRole('progressbar')
          .or(page.getByLabel('loading'))
          .waitFor({ state: 'detached', ...WAIT })
        // Each list is its Describe* as the console calls it: none refuses.
        expect(await page.getByRole('alert').allTextContents(), resource.path).toEqual([])
        await expectAccessible(page, resource.path)
      }
      // The operator pages of src/console/pages/operator.tsx (a module of React components, not imported here).
      await api.client.createFaultRules({ fault_action: 'DeleteSnapshots', count: 1, ret_code: 5000 })
      const operatorPages = [
        { path: '/audit', title: 'Audit trail' },
        { path: '/faults', title: 'Fault rules' },
        { path: '/clock', title: 'Clock' },
      ]
      for (const operator of operatorPages) {
        await page.goto(`${consoleUrl(api)}#${operator.path}`)
        await page.getByRole('heading', { name: operator.title, exact: true }).waitFor(WAIT)
        await page.getByRole('table').first().locator('tbody tr').first().waitFor(WAIT)
        expect(await page.getByRole('alert').allTextContents(), operator.path).toEqual([])
        await expectAccessible(page, operator.path)
      }
      await page.goto(`${consoleUrl(api)}#/volumes/${volumes[0]}`)
      await page.getByRole('table', { name: 'attributes' }).waitFor(WAIT)
      await expectAccessible(page, 'volume detail')
      // A VxNet's detail lists its instances (DescribeInstances by vxnet, found in the registry).
      await api.client.runInstances({ image_id: 'centos7x64d', instance_type: 'c1m1', login_mode: 'passwd', login_passwd: 'Secret2026' })
      await api.drainJobs()
      await page.goto(`${consoleUrl(api)}#/vxnets/vxnet-0`)
      await page.getByRole('table', { name: 'DescribeInstances' }).getByRole('link', { name: /^i-/ }).waitFor(WAIT)
      expect(await page.getByRole('alert').allTextContents()).toEqual([])
      await expectAccessible(page, 'vxnet detail')
      await page.goto(`${consoleUrl(api)}#/projects/${project_id}`)
      for (const tab of ['Members', 'Roles and rules', 'Resource items']) {
        await page.getByRole('tab', { name: tab }).click()
        await page.getByRole('tabpanel').getByRole('table').first().waitFor(WAIT)
        await expectAccessible(page, `project ${tab}`)
      }
      // A custom role's rules can be deleted; a preset's cannot.
      await page.getByRole('tab', { name: 'Roles and rules' }).click()
      const deletes = page.getByRole('button', { name: /^Delete / })
      await deletes.first().waitFor(WAIT)
      const before = await deletes.count()
      await deletes.first().click()
      await expect.poll(() => deletes.count(), WAIT).toBe(before - 1)
    },
    TEST_TIMEOUT,
  )

  it(
    'for root: adds a fault rule from its form, advances the clock, and finds the failed request in the audit trail',
    async () => {
      await using api = await startTestServer(serverOptions)
      await using browser = await launchBrowser()
      const page = await browser.newPage({ viewport: { width: 1200, height: 760 } })
      await signIn(page, consoleUrl(api), api.root)

      await page.goto(`${consoleUrl(api)}#/faults`)
      await page.getByRole('heading', { name: 'Fault rules', exact: true }).waitFor(WAIT)
      await page.getByRole('button', { name: 'CreateFaultRules' }).click()
      const dialog = page.getByRole('dialog')
      await dialog.getByLabel('fault_action').fill('DeleteSnapshots')
      await dialog.getByLabel('count').fill('1')
      await dialog.getByLabel('ret_code').fill('5000')
      await expectAccessible(page, 'CreateFaultRules form')
      await dialog.getByRole('button', { name: 'CreateFaultRules' }).click()
      await dialog.waitFor({ state: 'detached', ...WAIT })
      const rule = page.locator('tr[data-id^="fr-"]')
      await rule.getByText('DeleteSnapshots', { exact: true }).waitFor(WAIT)
      expect(await rule.getByText('active', { exact: true }).count()).toBe(1)
      await expectAccessible(page, 'fault rules')
      await screenshot(page, 'fault-rules')

      // The live tail shows the request the rule refuses, at the top.
      await page.goto(`${consoleUrl(api)}#/audit`)
      await page.getByRole('heading', { name: 'Audit trail', exact: true }).waitFor(WAIT)
      await page.getByLabel('Live tail').check()
      await page.getByLabel('Failed only').check()
      await expect(api.client.deleteSnapshots({ snapshots: ['ss-nothere'] })).rejects.toThrow()
      const events = page.getByRole('table', { name: 'audit events' })
      await events.locator('tbody tr').first().getByText('DeleteSnapshots', { exact: true }).waitFor(WAIT)
      expect(await events.locator('tbody tr').first().getByText('5000', { exact: true }).count()).toBe(1)
      await expectAccessible(page, 'audit trail')
      await screenshot(page, 'audit-trail')
      // The dashboard's last failed requests show it too.
      await page.goto(consoleUrl(api))
      await page.getByRole('table', { name: 'last failed requests' }).getByText('DeleteSnapshots').waitFor(WAIT)
      await expectAccessible(page, 'dashboard with failed requests')

      await page.goto(`${consoleUrl(api)}#/clock`)
      const offset = page.getByTestId('offset')
      await expect.poll(() => offset.textContent(), WAIT).toMatch(/^\d+$/)
      const before = Number(await offset.textContent())
      await page.getByLabel('Seconds to advance').fill('3600')
      await page.getByRole('button', { name: 'AdvanceClock' }).click()
      await expect.poll(() => offset.textContent(), WAIT).toBe(String(before + 3600))
      await expectAccessible(page, 'clock')
      await screenshot(page, 'clock')
      await page.getByRole('button', { name: 'ResetClock' }).click()
      await expect.poll(() => offset.textContent(), WAIT).toBe('0')
    },
    TEST_TIMEOUT,
  )
})
