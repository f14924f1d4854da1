/**
 * `npm run dev` has no search index of its own: it searches the last build, and says in
 * German when there is none. Each test starts a dev server (port E2E_PORT + 20) over a
 * chosen output folder: the built `dist/`, or an empty one standing for "never built".
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { resultList } from './search-helpers';

const PORT = Number(process.env.E2E_PORT ?? 4322) + 20;
const ORIGIN = `http://127.0.0.1:${String(PORT)}`;

test.describe.configure({ mode: 'serial', timeout: 120_000 });
test.use({ baseURL: ORIGIN });

let server: ChildProcess | undefined;
const temporary: string[] = [];

async function startDev(outDir: string) {
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'dev-cache-'));
  temporary.push(cacheDir);
  server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(PORT)],
    {
      env: { ...process.env, OUT_DIR: outDir, CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
    },
  );
  await expect
    .poll(async () => (await fetch(`${ORIGIN}/`).catch(() => undefined))?.status, { timeout: 60_000 })
    .toBe(200);
}

/** Types into the header box once the dev server has compiled the page's modules (it may reload the page once). */
async function openSearch(page: Page, query: string) {
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  await page.getByRole('searchbox').focus();
  await page.waitForLoadState('networkidle');
  await page.getByRole('searchbox').pressSequentially(query);
}

test.afterEach(async () => {
  if (server?.pid !== undefined) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill();
    await exited;
  }
  server = undefined;
});

test.afterAll(async () => {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

test.describe('without a build', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource|Failed to fetch dynamically imported module/] });

  test('the search says in German that it needs a build first', async ({ page }) => {
    const empty = await mkdtemp(path.join(os.tmpdir(), 'no-build-'));
    temporary.push(empty);
    await startDev(empty);

    await openSearch(page, 'Cloud');

    await expect(page.getByRole('banner').getByRole('status')).toHaveText(
      'Im Entwicklungsmodus durchsucht die Suche den letzten Build, und es gibt noch keinen. Führen Sie einmal „npm run build“ aus und laden Sie die Seite neu.',
      { timeout: 30_000 },
    );
  });
});

test('after a build, the search finds content in dev', async ({ page }) => {
  await startDev(path.resolve('dist'));

  await openSearch(page, 'Telemetrie');

  await expect(resultList(page.getByRole('banner')).getByRole('link').first()).toHaveText(
    /^Diagnosedaten in den Produkten/,
    {
      timeout: 30_000,
    },
  );
});
