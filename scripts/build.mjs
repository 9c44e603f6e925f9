// Bundles the CLI (which holds the server) and the SDK into dist/ with esbuild: a start needs no
// TypeScript compiler, and loading one file instead of the hundreds of small ESM files of the
// dependencies (Kysely alone has several hundred) halves the time to the first answer.
//
// Then the web console (src/console/) with Vite into dist/console/, which every server process
// serves at /console/.
//
// `--if-stale` (npm's prestart): build only when a source is newer than the bundle, and say nothing.
// `--console-if-stale` (the test run's global setup): the server bundle always, the console only
// when it is stale (a Vite build takes a while on a small machine).
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

const consoleOutput = 'dist/console/index.html'
const consoleSources = ['src/console', 'src/sdk', 'src/protocol', 'scripts/build.mjs', 'package.json']

function consoleStale() {
  if (!fs.existsSync(consoleOutput)) return true
  const built = fs.statSync(consoleOutput).mtimeMs
  return consoleSources.some((source) => newest(source) > built)
}

/**
 * Modules the bundle never runs, left out: every byte of the bundle is parsed on each start, and
 * these were a quarter of them. zod's translated error messages (its `locales` namespace; its
 * English ones are imported on their own), and fastify's Ajv and fast-json-stringify compilers,
 * which http/server.ts replaces (no route declares a fastify schema). Likewise Node's HTTPS and
 * HTTP/2 modules, which fastify loads at once (a fiftieth of a start) but uses only for its
 * `https` and `http2` options, never given. Each is replaced by an empty module, and only when
 * imported by the module known not to use it.
 */
const unused = [
  { module: /^\.\.\/locales\/index\.js$/, importer: /[/\\]node_modules[/\\]zod[/\\]/ },
  {
    module: /^@fastify\/(ajv-compiler|fast-json-stringify-compiler)$/,
    importer: /[/\\]node_modules[/\\]fastify[/\\]lib[/\\]schema-controller\.js$/,
  },
  { module: /^node:(https|http2)$/, importer: /[/\\]node_modules[/\\]fastify[/\\]lib[/\\]server\.js$/ },
]

const leaveOutUnused = {
  name: 'leave-out-unused',
  setup(build) {
    for (const { module, importer } of unused) {
      build.onResolve({ filter: module }, (args) => (importer.test(args.importer) ? { path: args.path, namespace: 'unused' } : undefined))
    }
    build.onLoad({ filter: /.*/, namespace: 'unused' }, () => ({ contents: '', loader: 'js' }))
  },
}

const ifStale = process.argv.includes('--if-stale')
if (!ifStale || stale()) await bundle()
if ((!ifStale && !process.argv.includes('--console-if-stale')) || consoleStale()) await bundleConsole()

async function bundleConsole() {
  // Vite takes NODE_ENV from the environment, and vitest (whose global setup runs this) sets it to
  // `test`: React's development build, a third larger and slower. The package ships production.
  process.env.NODE_ENV = 'production'
  // Vite is a build tool: loaded only when the console is built.
  const { build: viteBuild } = await import('vite')
  await viteBuild({ configFile: 'src/console/vite.config.ts', mode: 'production' })
}

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
    plugins: [leaveOutUnused],
    sourcemap: true,
    logLevel: 'warning',
  })
}
