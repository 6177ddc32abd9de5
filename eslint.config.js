// ESLint: typescript-eslint's type-checked recommended rules over the library, its tests, the
// benchmarks' and the page's TypeScript; the plain recommended rules over the JavaScript scripts.
// Run by `npm run lint` (part of `npm test`). Every rule changed from the presets is listed below
// with its reason.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_GLOBALS = Object.fromEntries(
  ['console', 'process', 'URL', 'performance', 'setTimeout', 'clearTimeout', 'Buffer', 'TextDecoder', 'TextEncoder', 'structuredClone', 'setInterval', 'clearInterval'].map((g) => [g, 'readonly']),
);

export default tseslint.config(
  { ignores: ['dist/**', 'web/dist/**', 'node_modules/**', 'coverage/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A leading underscore marks what a signature or a destructuring must name but the code does
      // not use (htmlparser2's callbacks, an option taken out of a rest object, a counted loop variable).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Comments quote reports as printed, with their ideographic and no-break spaces.
      'no-irregular-whitespace': ['error', { skipComments: true, skipStrings: true, skipTemplates: true, skipRegExps: true }],
    },
  },
  {
    files: ['test/**/*.ts', 'web/test/**/*.ts'],
    rules: {
      // Test doubles implement async interfaces (AsyncIterable sources, async callbacks) synchronously.
      '@typescript-eslint/require-await': 'off',
      // Tests read JSON (goldens, the CLI's output lines) and assert its shape with expect: typing
      // every parsed value first would restate the assertions.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: NODE_GLOBALS },
  },
);
