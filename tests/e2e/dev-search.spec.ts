/**
 * `npm run dev` has no search index of its own: it searches the last build, and says in
 * German when there is none. One dev server (on a free port) runs for the whole file over an
 * output folder of its own that starts empty, as if the site had never been built; the
 * second test then puts the search index of the built `dist/` there, as `npm run build` would.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { freePort } from '../../scripts/lib/nginx.mjs';
import { expect, test as base } from './fixtures';
import { resultsFor } from './search-helpers';

interface DevServer {
  url: string;
  outDir: string;
}

const test = base.extend<object, { devServer: DevServer }>({
  devServer: [
    // eslint-disable-next-line no-empty-pattern -- Playwright needs the destructuring even without fixtures.
    async ({}, use) => {
      const work = await mkdtemp(path.join(os.tmpdir(), 'dev-search-'));
      const outDir = path.join(work, 'dist');
      const port = String(await freePort());
      const server = spawn(
        process.execPath,
        ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', port],
        {
          env: { ...process.env, OUT_DIR: outDir, CACHE_DIR: path.join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
          stdio: 'ignore',
        },
      );
      const exited = new Promise((resolve) => server.once('exit', resolve));
      const url = `http://127.0.0.1:${port}`;
      await expect
        .poll(async () => (await fetch(`${url}/`).catch(() => undefined))?.status, { timeout: 60_000 })
        .toBe(200);

      await use({ url, outDir });

      if (server.exitCode === null) {
        server.kill();
        await exited;
      }
      await rm(work, { recursive: true, force: true });
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  baseURL: async ({ devServer }, use) => use(devServer.url),
});

test.describe.configure({ mode: 'serial', timeout: 120_000 });
// A module the dev server re-optimises while the page loads it fails once (see searchUntil).
test.use({ allowedConsoleErrors: [/Failed to fetch dynamically imported module/] });

/**
 * Opens the start page and types `query` into the header box until the reader sees `answer`.
 * On first use the dev server compiles the page's modules and may reload the page or fail a
 * module it has just re-optimised, as a reader of a dev server sees now and then; like that
 * reader, the test then loads the page again and retypes (never a fixed wait).
 */
async function searchUntil(page: Page, query: string, answer: (banner: Locator) => Promise<void>) {
  const banner = page.getByRole('banner');
  await expect(async () => {
    await page.goto('/');
    await banner.getByRole('searchbox').pressSequentially(query);
    await answer(banner);
  }).toPass({ timeout: 90_000 });
}

test.describe('before any build', () => {
  // Before a build the index is missing: its request fails, which the page then explains.
  // (One pattern: Playwright reads a two-element array here as a value and its options.)
  test.use({ allowedConsoleErrors: [/Failed to load resource|Failed to fetch dynamically imported module/] });

  test('the search says in German that it needs a build first', async ({ page }) => {
    await searchUntil(page, 'Cloud', async (banner) => {
      await expect(banner.getByRole('status')).toHaveText(
        'Im Entwicklungsmodus durchsucht die Suche den letzten Build, und es gibt noch keinen. Führen Sie einmal „npm run build“ aus und laden Sie die Seite neu.',
      );
    });
  });
});

test('once a build has written its index, the running dev server finds content with it', async ({
  page,
  devServer,
}) => {
  await cp(path.resolve('dist/pagefind'), path.join(devServer.outDir, 'pagefind'), { recursive: true });

  await searchUntil(page, 'Telemetrie', async (banner) => {
    await expect(
      (await resultsFor(banner, 'Telemetrie')).getByRole('link', { name: /^Diagnosedaten in den Produkten/ }),
    ).toBeVisible();
  });
});
