import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // The build tests start real Astro builds; give them room on a 2-core machine.
    testTimeout: 120_000,
    // The tests share no state that one file could leave for another (builds and edited
    // content go to temporary folders), so files run in one module graph per worker
    // instead of a fresh one each: the imports are loaded once.
    isolate: false,
    hookTimeout: 120_000,
  },
});
