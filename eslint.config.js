import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', '.cache/', '.temporal/', 'dist/', 'packages/*/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // SDK internals move between releases; only the packages' public entry points are stable.
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@temporalio/*/lib/*'], message: 'Import from the package root.' }] },
      ],
    },
  },
  {
    // Dev tooling (simulator, Temporal CLI provisioning, the dev stack behind `npm run dev` and
    // `npm run demo`) lives beside the product in tools/: it imports src/, src/ never imports it.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@temporalio/*/lib/*'], message: 'Import from the package root.' },
            { group: ['**/tools/**'], message: 'The product does not import dev tooling (tools/).' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression > Literal[value=/(^|\\/)tools\\//]',
          message: 'The product does not load dev tooling (tools/).',
        },
      ],
    },
  },
  {
    // The domain (Gong API model, matching, answering, connections) knows nothing of Temporal.
    // Ports live in the domain; their adapters (files, PostgreSQL, OpenAI, codec) and the
    // composition root (app/) import the domain, never the other way round.
    files: [
      'src/gong/**/*.ts',
      'src/matching/**/*.ts',
      'src/answering/**/*.ts',
      'src/connections/**/*.ts',
      'src/wording/**/*.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@temporalio/*'], message: 'Domain code has no Temporal imports.' },
            { group: ['openai', 'pg'], message: 'Domain code reaches models and databases through ports.' },
            {
              group: [
                '**/adapters',
                '**/adapters/**',
                '**/app',
                '**/app/**',
                '**/cli/**',
                '**/activities/**',
              ],
              message: 'Domain code imports no adapter and nothing of the composition root.',
            },
          ],
        },
      ],
    },
  },
  {
    // The public contract is mapped onto from the domain's models, never the other way round.
    files: ['src/gong/**/*.ts', 'src/matching/**/*.ts', 'src/answering/**/*.ts', 'src/wording/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@temporalio/*/lib/*'], message: 'Import from the package root.' },
            {
              // Except the failure vocabulary: domain errors extend its base and name their published type.
              regex: '(^|/)api(/(?!(failure-types|gong-worker-error)$).*)?$',
              message:
                'Domain code does not import the public API layer (but its failure types and error base).',
            },
          ],
        },
      ],
    },
  },
  {
    // The API layer the platform imports: pure definitions, nothing of the worker or the process.
    files: ['src/api/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@temporalio/*', '!@temporalio/common'],
              message: 'The API layer uses @temporalio/common only.',
            },
            {
              group: ['node:*', 'openai', '**/config/**', '**/connections/**', '**/simulator/**'],
              message: 'The API layer has no I/O and no process settings.',
            },
            {
              group: ['**/activities/**', '**/workflows/**', '**/client/**', '**/cli/**', '**/worker'],
              message: 'The API layer depends on nothing of the worker or its callers.',
            },
            {
              group: ['**/gong/**', '**/matching/**', '**/answering/**'],
              message: 'The API layer defines its own types; the domain maps onto them.',
            },
          ],
        },
      ],
    },
  },
  {
    // The platform's client library: the API layer and @temporalio/client, nothing else of ours but
    // the payload codec (its `./codec` entry), which itself needs only @temporalio/common and proto.
    files: ['src/client/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '../*',
                '!../api',
                '!../wording',
                '!../adapters',
                '../adapters/*',
                '!../adapters/codec',
                '../adapters/codec/*',
                '!../adapters/codec/encryption-keys',
                '!../adapters/codec/aes-gcm-codec',
                '!../adapters/codec/data-converter',
              ],
              message:
                'The client depends on the API layer (../api), sandbox-safe wording (../wording) and the payload codec only.',
            },
            {
              group: [
                '@temporalio/*',
                '!@temporalio/client',
                '!@temporalio/common',
                '!@temporalio/interceptors-opentelemetry',
              ],
              message:
                'The client uses @temporalio/client (and common) only, and the tracing interceptor on demand.',
            },
            {
              group: ['node:*', '!node:crypto', 'openai'],
              message: 'The client reads no files, environment or process settings.',
            },
          ],
        },
      ],
    },
  },
  {
    // Workflows are deterministic orchestration: no I/O, no activity code, only its types.
    files: ['src/workflows/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'http', 'https', 'net', 'child_process', 'openai'],
              message: 'Workflows must not do I/O.',
            },
            {
              group: ['@temporalio/activity', '@temporalio/worker', '@temporalio/client'],
              message: 'Workflows use @temporalio/workflow only.',
            },
            {
              group: [
                '**/activities',
                '**/activities/*',
                '**/config/*',
                '**/simulator',
                '**/connections/connection-store',
              ],
              allowTypeImports: true,
              message: 'Workflows may import only the types of activities; the code runs in the worker.',
            },
          ],
        },
      ],
    },
  },
  {
    // The Nexus handler starts workflows by name: it needs the API layer, not their code.
    files: ['src/nexus/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*', '!../api', '!../wording'],
              message:
                'The Nexus handler depends on the API layer (../api) and sandbox-safe wording (../wording) only.',
            },
            {
              group: ['@temporalio/*', '!@temporalio/nexus', '!@temporalio/common'],
              message: 'The Nexus handler uses @temporalio/nexus (and common) only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['bin/**/*.js', 'scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
