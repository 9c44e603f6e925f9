// Bundles the CLI (which holds the server) and the SDK into dist/ with esbuild: a start needs no
// TypeScript compiler, and loading one file instead of the hundreds of small ESM files of the
// dependencies (Kysely alone has several hundred) halves the time to the first answer.
//
// `--if-stale` (npm's prestart): build only when a source is newer than the bundle, and say nothing.
import fs from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'

const outputs = ['dist/cli/main.js', 'dist/sdk/index.js']

function newest(file) {
  const stat = fs.statSync(file)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(0, ...fs.readdirSync(file).map((name) => newest(path.join(file, name))))
}

function stale() {
  if (!outputs.every((file) => fs.existsSync(file))) return true
  const built = Math.min(...outputs.map((file) => fs.statSync(file).mtimeMs))
  return ['src', 'scripts/build.mjs', 'package.json'].some((source) => newest(source) > built)
}

if (!process.argv.includes('--if-stale') || stale()) await bundle()

async function bundle() {
  // Chunk names carry a hash: without this, each build would leave the last one's chunks behind.
  for (const dir of ['dist/chunks', 'dist/cli', 'dist/sdk']) fs.rmSync(dir, { recursive: true, force: true })
  await build({
    entryPoints: { 'cli/main': 'src/cli/main.ts', 'sdk/index': 'src/sdk/index.ts' },
    outdir: 'dist',
    bundle: true,
    platform: 'node',
    format: 'esm',
    // The CLI imports the server lazily: API commands start without loading it.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    target: 'node20',
    // Native addons (and pg's optional native binding) cannot be bundled.
    external: ['better-sqlite3', 'pg-native'],
    // Bundled CommonJS dependencies call require(); ESM output has none of its own.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    // Whitespace only (names stay, so do stack traces): a start parses a third fewer bytes.
    minifyWhitespace: true,
    sourcemap: true,
    logLevel: 'warning',
  })
}
