import { execFileSync } from 'node:child_process'

/** Tests that spawn `qingstack` as a process need the built CLI; build it once per run. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' })
}
