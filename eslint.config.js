// @ts-check
// ESLint flat config: typed rules for TypeScript and Astro files, no warnings allowed
// (`npm run lint` passes --max-warnings 0).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'reports/'] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
    rules: {
      // Heading levels and counts go into template strings (`h${level}`); numbers print safely.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['**/*.astro'],
    languageOptions: {
      // astro-eslint-parser takes a tsconfig (`project`), not the project service.
      parserOptions: { parser: tseslint.parser, projectService: false, project: './tsconfig.json' },
    },
  },
  {
    // The type-aware parser sees Astro components and the JSX they return as `any`
    // (it cannot resolve `.astro` modules), so these rules would flag every component use.
    files: ['**/*.astro', 'src/user-components/index.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  // Imports run one way, as in Starlight: what MDX uses builds on the shared pieces of
  // `components-internals/`, never on page chrome, and page chrome never on what MDX uses; code
  // outside the browser's folder never imports from it. One entry per folder: a later entry
  // would replace an earlier one's list for the files both match.
  ...Object.entries({
    'src/user-components': ['**/components/*', '**/scripts/*'],
    'src/components-internals': ['**/components/*', '**/user-components/*', '**/user-components', '**/scripts/*'],
    'src/components': ['**/user-components/*', '**/user-components', '**/scripts/*'],
  }).map(([folder, patterns]) => ({
    files: [`${folder}/**`],
    rules: { 'no-restricted-imports': /** @type {['error', { patterns: string[] }]} */ (['error', { patterns }]) },
  })),
  {
    files: ['src/**/*.ts', 'src/**/*.astro'],
    ignores: ['src/scripts/**', 'src/user-components/**', 'src/components-internals/**', 'src/components/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/scripts/*'] }] },
  },
  {
    // Plain JavaScript (config, bench and build scripts) is not part of the TypeScript project.
    // It runs in Node; bench code also passes functions into the browser (page.evaluate).
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
