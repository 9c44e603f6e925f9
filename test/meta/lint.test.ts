import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

/**
 * `npm run lint` enforces the layout's import boundaries, SQL only in src/server/db and
 * action names only in src/protocol (house rule 2). These fixtures show each rule fires, so that a
 * rule that silently stopped resolving imports cannot pass for a clean tree.
 */
let eslint: ESLint

beforeAll(() => {
  eslint = new ESLint()
})

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.map((message) => `${message.ruleId}: ${message.message}`)
}

describe('lint rules of the layout', () => {
  it('refuse an import outside what the folder may import', async () => {
    expect(await problems('src/server/domain/fixture.ts', "export { newId } from './ids.js'\n")).toEqual([])
    expect(await problems('src/server/domain/fixture.ts', "export type { Tx } from '../db/database.js'\n")).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*src\/server\/domain\/ may import only protocol\/, server\/domain\//),
    ])
    const handler = 'src/server/actions/volume/fixture.ts'
    expect(await problems(handler, "export { enqueueJob } from '../../jobs/queue.js'\n")).toEqual([])
    expect(await problems(handler, "export { JobWorker } from '../../jobs/worker.js'\n")).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: /),
    ])
    expect(await problems('src/protocol/fixture.ts', "export { handlers } from '../server/actions/index.js'\n")).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: /),
    ])
  })

  it('keep SQL inside src/server/db', async () => {
    const code =
      "import { sql } from 'kysely'\nimport type { Tx } from '../../db/database.js'\n" +
      "export const f = (tx: Tx) => tx.db.selectFrom('volumes').selectAll().execute()\nexport { sql }\n"
    expect(await problems('src/server/actions/volume/fixture.ts', code)).toEqual([
      expect.stringMatching(/^no-restricted-imports: /),
      expect.stringMatching(/^no-restricted-properties: /),
    ])
    expect(await problems('src/server/db/stores/fixture.ts', code.replace('../../db/database.js', '../database.js'))).toEqual([])
  })

  it('keep action names inside src/protocol, except as checked types', async () => {
    const named = "export const a = 'StopInstances'\nexport const b = `DescribeVolumes`\n"
    expect(await problems('src/server/actions/instance/fixture.ts', named)).toEqual([
      expect.stringMatching(/^no-restricted-syntax: Action names live in src\/protocol/),
      expect.stringMatching(/^no-restricted-syntax: Action names live in src\/protocol/),
    ])
    expect(await problems('src/protocol/fixture.ts', named)).toEqual([])
    const typed = "import type { Handler } from '../types.js'\nexport type H = Handler<'StopInstances'>\n"
    expect(await problems('src/server/actions/instance/fixture.ts', typed)).toEqual([])
  })
})
