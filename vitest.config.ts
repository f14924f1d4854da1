import { defineConfig } from 'vitest/config';

/**
 * Two projects, run apart by `npm test`: `unit` (the code, and real builds of content copies in
 * tests/build) runs before the site is built; `site` reads the output of `npm run build` in
 * `dist/`, so it runs after that build.
 *
 *   vitest run --project unit      unit and build tests
 *   vitest run --project site      checks of dist/ (after `npm run build`)
 */
export default defineConfig({
  test: {
    // Neither project's files share state that one file could leave for another (builds and
    // edited content go to temporary folders; the site checks only read dist/), so files run in
    // one module graph per worker instead of a fresh one each: the imports, parsers and the
    // page list are loaded once, not per file.
    isolate: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
          // The build tests start real Astro builds; give them room on a 2-core machine.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          // A ceiling with room for a busy machine: a passing check takes only as long as it needs.
          testTimeout: 60_000,
        },
      },
    ],
  },
});
