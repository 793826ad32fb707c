import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', '.cache/', '.temporal/', 'dist/'] },
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
    // The domain (Gong API model, matching, answering, connections, contracts) knows nothing of Temporal.
    files: [
      'src/gong/**/*.ts',
      'src/matching/**/*.ts',
      'src/answering/**/*.ts',
      'src/connections/**/*.ts',
      'src/contracts/**/*.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@temporalio/*'], message: 'Domain code has no Temporal imports.' }] },
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
    files: ['bin/**/*.js', 'scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
