// Lint for correctness, not style (Prettier formats): ESLint's and typescript-eslint's recommended
// rules, without type information so that a run takes seconds; and the import boundaries of the
// layout (each folder of src/ may import only the folders listed for it).
import fs from 'node:fs'
import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** What each folder of src/ may import (paths relative to src/; a folder may import itself). */
const boundaries = {
  'protocol/': ['protocol/'],
  'server/domain/': ['protocol/', 'server/domain/'],
  'server/db/': ['protocol/', 'server/db/'],
  // What several actions share; the handlers' context type is the one thing it takes from actions/.
  'server/services/': ['protocol/', 'server/domain/', 'server/db/', 'server/services/', 'server/actions/types.ts', 'server/config.ts'],
  'server/jobs/': ['protocol/', 'server/domain/', 'server/services/', 'server/db/', 'server/jobs/', 'server/config.ts'],
  'server/actions/': [
    'protocol/',
    'server/domain/',
    'server/services/',
    'server/db/',
    'server/jobs/queue.ts',
    'server/actions/',
    'server/config.ts',
  ],
  'server/pipeline/': [
    'protocol/',
    'server/domain/',
    'server/db/',
    // The authorize stage checks bindings across owners with the service the handlers share.
    'server/services/',
    'server/actions/',
    'server/jobs/queue.ts',
    'server/pipeline/',
    'server/config.ts',
  ],
  'server/http/': ['protocol/', 'server/pipeline/', 'server/http/'],
  'sdk/': ['protocol/', 'sdk/'],
  'cli/': ['protocol/', 'sdk/', 'cli/', 'server/'],
  'console/': ['protocol/', 'sdk/', 'console/'],
}

/**
 * A handler imports services, stores and the domain, never another service's folder: what two
 * services share lives in src/server/services/.
 */
const serviceFolders = fs
  .readdirSync('src/server/actions', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

const actionVerbs = 'Describe|Create|Delete|Run|Stop|Start|Terminate|Modify|Attach|Detach'

export default defineConfig(
  { ignores: ['dist/', 'docs/', 'bench/results/', 'data/', 'coverage/'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `const { secret, ...rest } = row` drops `secret` on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, varsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], languageOptions: { globals: globals.node } },
  {
    // A migration is frozen: it must not type itself against the app's current schema.
    // Released ones are kept byte for byte (their hashes are checked), disable comments included.
    files: ['src/server/db/migrations/*.ts'],
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // Imports name the emitted `.js`; the sources are `.ts`.
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js'], extensionAlias: { '.js': ['.ts', '.tsx', '.js'] } }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...Object.entries(boundaries).map(([folder, may]) => ({
              target: `src/${folder}`,
              from: 'src/',
              except: may.map((allowed) => `./${allowed}`),
              message: `src/${folder} may import only ${may.join(', ')}.`,
            })),
            ...serviceFolders.map((service) => ({
              target: `src/server/actions/${service}/`,
              from: 'src/server/actions/',
              except: [`./${service}/`, './types.ts'],
              message: `a handler of ${service} may not import another service's folder: shared logic lives in src/server/services/.`,
            })),
          ],
        },
      ],
    },
  },
  {
    // House rule 2: a spelled-out action name is a string the compiler cannot check; code imports
    // the descriptor. `Handler<'X'>` is a type, checked against the registry, so it may.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/protocol/**', 'src/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `Literal[value=/^(${actionVerbs})[A-Z][A-Za-z]+$/]:not(TSLiteralType > Literal)`,
          message: 'Action names live in src/protocol/ (house rule 2): import the descriptor.',
        },
        {
          selector: `TemplateLiteral[expressions.length=0] > TemplateElement[value.raw=/^(${actionVerbs})[A-Z][A-Za-z]+$/]`,
          message: 'Action names live in src/protocol/ (house rule 2): import the descriptor.',
        },
      ],
    },
  },
  {
    // src/server/db is the only folder that contains SQL.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/server/db/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'kysely', message: 'SQL stays in src/server/db.' }] }],
      'no-restricted-properties': [
        'error',
        ...['selectFrom', 'insertInto', 'updateTable', 'deleteFrom'].map((property) => ({
          property,
          message: 'SQL stays in src/server/db.',
        })),
      ],
    },
  },
)
