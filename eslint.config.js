import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Layers (see DESIGN.md "Shape"): the engine is pure and must run in Node without a DOM or browser API.
const ENGINE_FORBIDDEN = [
  { group: ['**/compose/**', '**/entrypoints/**', '**/usage/**', '**/settings/**', '**/messaging/**', '**/advice/**'], message: 'src/detect is the pure engine: it may not import other layers.' },
  { group: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', '@wxt-dev/*'], message: 'src/detect runs in Node: no browser or WXT API.' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/e2e/.fixtures/**', 'tests/e2e/fixtures/dist/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Text from the page or the draft is rendered as text, never parsed as HTML.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text with textContent; never parse page or draft text as HTML.' },
        { property: 'outerHTML', message: 'Render text with textContent.' },
        { property: 'insertAdjacentHTML', message: 'Render text with textContent.' },
      ],
      // Escaping '-' inside character classes is kept for readability of the detection patterns.
      'no-useless-escape': 'off',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/detect/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { patterns: ENGINE_FORBIDDEN }],
      'no-restricted-globals': ['error', 'window', 'document', 'browser', 'chrome', 'navigator', 'localStorage', 'fetch', 'XMLHttpRequest'],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/detect/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/entrypoints/**'], message: 'src/ may not import from entrypoints/ (entrypoints wire src/, not the other way).' }] }],
    },
  },
  {
    files: ['src/compose/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/detect/recognizers/**', '**/detect/score*', '**/detect/index*'], message: 'Site code never decides risk: ask the background.' }, { group: ['**/entrypoints/**'], message: 'src/ may not import from entrypoints/.' }] }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
);
