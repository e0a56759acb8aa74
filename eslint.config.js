import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'data/', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', setImmediate: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly', AbortController: 'readonly', fetch: 'readonly', performance: 'readonly', structuredClone: 'readonly', queueMicrotask: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // One place picks the better-sqlite3 this Node can run (12 aborts Node 24.19+ processes, 13
    // segfaults Node 20): everything else opens SQLite through the store.
    files: ['**/*.ts'],
    ignores: ['src/store/sqlite-driver.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [
        { name: 'better-sqlite3', message: 'open SQLite with openSqliteFile from src/store (it picks the driver for this Node)' },
        { name: 'better-sqlite3-node20', message: 'open SQLite with openSqliteFile from src/store (it picks the driver for this Node)' },
      ] }],
    },
  },
  {
    // The engine stays pure: no I/O, no clock, no randomness.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts', 'src/core/test-support.ts'],
    rules: {
      // Any depth: src/core/lines/x.ts reaching ../../store is as impure as src/core/x.ts reaching ../store.
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'fs/*', 'net', 'http', 'https', 'os', 'child_process', 'worker_threads', 'crypto', 'pg', 'better-sqlite3', 'better-sqlite3-node20', 'kysely', 'pino', 'prom-client', 'smpp', '@nats-io/*',
        '**/store', '**/store/**', '**/web', '**/web/**', '**/smpp', '**/smpp/**', '**/intake/**', '../../lines/**', '../../../lines/**', '**/consent/**', '**/cli/**', '**/engine/**', '**/config/**', '**/simulate/**'] }],
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'src/core is pure: inject the clock' },
        { object: 'Math', property: 'random', message: 'src/core is pure: inject randomness' }],
      'no-restricted-globals': ['error', 'process', 'setTimeout', 'setInterval', 'fetch'],
    },
  },
);
