// Bundles the CLI (which holds the server) and the SDK into dist/ with esbuild: a start needs no
// TypeScript compiler, and loading one file instead of the hundreds of small ESM files of the
// dependencies (Kysely alone has several hundred) halves the time to the first answer.
import { build } from 'esbuild'

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
