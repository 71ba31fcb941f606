// Lint rules that keep the layers apart (STYLE.md): the core never imports Electron or the UI,
// the renderer never imports Node, Electron or the core, shared/ imports nothing with I/O.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'crypto', 'worker_threads', 'net'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'release/**', 'e2e/output/**', '.electron-native/**', '**/*.cjs', 'scripts/**', 'resources/**', '**/.tmp*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...nodeBuiltins, 'electron', '**/electron/**', '**/renderer/**', 'better-sqlite3'] }],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/server/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['electron'], patterns: ['**/electron/main/**', '**/electron/preload/**', '**/renderer/**'] }],
    },
  },
  {
    files: ['renderer/src/**/*.ts', 'renderer/src/**/*.tsx'],
    ignores: ['renderer/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['electron', 'better-sqlite3'], patterns: [...nodeBuiltins, '**/electron/**'] }],
    },
  },
);
