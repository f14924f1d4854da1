import { defineConfig } from 'vitest/config';

/**
 * Checks of the built site (`dist/`): they read the output of `npm run build`, so `npm test`
 * runs them after the build, apart from the unit and build tests.
 */
export default defineConfig({
  test: {
    include: ['tests/site/**/*.test.ts'],
    // A ceiling with room for a busy machine: a passing check takes only as long as it needs.
    testTimeout: 60_000,
    // The checks only read dist/, so files share one module graph per worker instead of a
    // fresh one each: the parsers and the page list are loaded once, not per file.
    isolate: false,
  },
});
