#!/usr/bin/env node
// The compiled CLI; `npm install` builds it (the `prepare` script), `npm run build` refreshes it.
import('../dist/cli/main.js')
