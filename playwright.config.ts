/**
 * Browser tests run against the built site (`dist/`) as nginx serves it with deploy/nginx.conf
 * (one nginx per worker, started by the fixtures in tests/e2e/fixtures.ts).
 *
 * Browser: Playwright's own Chromium when it is installed (`npx playwright install chromium`);
 * otherwise a system Chromium (`CHROMIUM_PATH`, or /usr/bin/chromium as Debian installs it).
 */
import { defineConfig } from '@playwright/test';
import { availableParallelism } from 'node:os';
import { BASE_ARGS, chromiumPath } from './scripts/lib/browser.mjs';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  // Chromium keeps a core busy per worker: at least two workers (Playwright's default, half
  // the cores, would be one on a 2-core machine), half the cores on larger ones.
  workers: Math.max(2, Math.floor(availableParallelism() / 2)),
  reporter: process.env.CI ? 'line' : 'list',
  // Ceilings for a test and for each wait on what a reader would see, with room for a busy
  // machine: a passing test takes only as long as the page does.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    launchOptions: { executablePath: chromiumPath(), args: BASE_ARGS },
  },
});
