// Bundles the CLI (which holds the server) and the SDK into dist/ with esbuild: a start needs no
// TypeScript compiler, and the process starts in milliseconds.
import { build } from 'esbuild'

await build({
  entryPoints: { 'cli/main': 'src/cli/main.ts', 'sdk/index': 'src/sdk/index.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
})
