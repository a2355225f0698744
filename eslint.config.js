import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrict = (patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['out', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: globals.node, parserOptions: { projectService: false } },
  },
  {
    // Config files are read by their tools, which want a default export.
    files: [
      '*.config.ts',
      'eslint.config.js',
      'tests/playwright.config.ts',
      'tests/e2e/global-setup.ts',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  // The layering: renderer → shared ← main; shared touches nothing of Node, Electron or the DOM.
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: [
            'node:*',
            'fs',
            'path',
            'os',
            'crypto',
            'electron',
            'react',
            'react-dom',
            'lowdb',
            'lowdb/*',
          ],
          message: 'src/shared is pure: no Node, Electron, React or disk.',
        },
        {
          group: ['**/main/**', '**/renderer/**'],
          message: 'src/shared imports nothing of main or renderer.',
        },
      ]),
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict([
        {
          group: ['**/main/**', 'node:*', 'electron', 'lowdb', 'lowdb/*'],
          message: 'The renderer reaches the main process only through window.desk.',
        },
      ]),
    },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['**/renderer/**', 'react', 'react-dom'],
          message: 'The main process never imports the renderer.',
        },
      ]),
    },
  },
);
