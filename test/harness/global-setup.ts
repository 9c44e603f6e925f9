import { execFileSync } from 'node:child_process'

/** Tests that spawn `qingstack` as a process need the built CLI, and the browser tests the console; build them once per run. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', '--console-if-stale'], { stdio: 'inherit' })
}
