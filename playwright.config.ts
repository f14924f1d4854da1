/**
 * Browser tests run against the built site (`dist/`) served by `astro preview`.
 *
 * Browser: Playwright's own Chromium when it is installed (`npx playwright install chromium`);
 * otherwise a system Chromium (`CHROMIUM_PATH`, or /usr/bin/chromium as Debian installs it).
 */
import { defineConfig } from '@playwright/test';
import { BASE_ARGS, chromiumPath } from './scripts/lib/browser.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  ...(process.env.CI && { workers: 2 }),
  reporter: process.env.CI ? 'line' : 'list',
  // Ceilings for a test and for each wait on what a reader would see, with room for a busy
  // machine: a passing test takes only as long as the page does.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    launchOptions: { executablePath: chromiumPath(), args: BASE_ARGS },
  },
  webServer: {
    command: `node node_modules/astro/bin/astro.mjs preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
