// npm run crash [rounds]: the long form of test/jobs/crash-loop.test.ts, on SQLite (and on
// PostgreSQL with QINGSTACK_TEST_DIALECT=postgres). Prints the report; exits 1 on any violation.
import { processStore } from '../test/harness/process.js'
import { crashLoop } from '../test/jobs/crash-loop.js'

const rounds = Number(process.argv[2] ?? 25)
await using store = await processStore()
const report = await crashLoop(store, { rounds })
console.log(JSON.stringify(report, null, 2))
const ok = report.duplicateSteps === 0 && report.unsuccessful === 0 && report.stuckResources === 0 && report.steps === report.jobs * 2
if (!ok) {
  console.error('crash test FAILED')
  process.exitCode = 1
}
