import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Layering (docs/architecture.md), enforced here so a wrong import fails the
 * build: shared/ is pure TypeScript; only main/shell and main/index.ts may
 * import electron; the renderer never imports main, node or electron.
 */
const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'net', 'url', 'zlib', 'stream', 'worker_threads'];
const pattern = (group, message) => ({ group, message });

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(['electron', ...NODE_BUILTINS], 'shared/ is platform-free: no electron, no node built-ins.'),
            pattern(['react', 'react-dom', 'react-*'], 'shared/ has no UI code.'),
            pattern(['**/main/**', '**/renderer/**', '**/preload/**'], 'shared/ imports nothing from the other layers.'),
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/shell/**', 'main/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(['electron', 'electron/*', 'electron-store'], 'Only the Electron shell (main/shell, main/index.ts) may import electron.'),
            pattern(['**/renderer/**', '**/preload/**'], 'main/ does not import the renderer or preload.'),
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(['electron', 'electron/*', ...NODE_BUILTINS], 'The renderer runs sandboxed: no electron, no node built-ins.'),
            pattern(['**/main/**', '**/preload/**'], 'The renderer talks to main only through the typed API object.'),
          ],
        },
      ],
    },
  },
  {
    files: ['preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [pattern(['**/main/**', '**/renderer/**', ...NODE_BUILTINS], 'Preload exposes the contract and nothing else.')] },
      ],
    },
  },
);
