/**
 * The browser test of `npm run dev` (`npm run test:dev`): its spec starts the dev server itself,
 * so this config has no preview server. Everything else as in playwright.config.ts.
 */
import { defineConfig } from '@playwright/test';
import { shared } from './playwright.config';

export default defineConfig({
  ...shared,
  testMatch: 'dev-search.spec.ts',
  outputDir: 'test-results/dev',
});
