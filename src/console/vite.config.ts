import path from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const here = path.dirname(fileURLToPath(import.meta.url))

/** The console's production build: dist/console/, served by every server process at /console/. */
export default defineConfig({
  root: here,
  base: '/console/',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: path.join(here, '../../dist/console'),
    emptyOutDir: true,
    // The server serves these with a year's cache; the names carry a hash.
    assetsDir: 'assets',
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      // zod's sources carry `@__PURE__` notes Rollup cannot place; it drops them, harmlessly.
      onwarn(warning, warn) {
        if (warning.code !== 'INVALID_ANNOTATION') warn(warning)
      },
    },
  },
})
