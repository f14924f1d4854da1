/**
 * Every browser test runs against the built site (`dist/`) as a real nginx serves it with
 * deploy/nginx.conf: one nginx per test worker, on a free port, which `baseURL` points at. So
 * `page.goto('/quellen/')` meets the production headers, redirects and caching.
 *
 * Every test also runs with two guards: the console stays free of errors, and no request
 * leaves the site's origin. A test that expects an error (the 404 page) says which.
 */
import { test as base, expect } from '@playwright/test';
import { startNginx } from '../../scripts/lib/nginx.mjs';
import { nginxRedirectMap, type Redirect } from '../../src/integrations/hosting-files';

export { expect };

/**
 * A moved address added to the build's list for the tests, written by the build's own
 * function: the way from Astro's `redirects` to a 301 is proven even while the list is empty.
 */
export const TEST_REDIRECT: Redirect = { from: '/weiterleitung-zum-test/', to: '/quellen/' };

type Nginx = Awaited<ReturnType<typeof startNginx>>;

export const test = base.extend<
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- Playwright's type for a fixture that provides nothing
  { allowedConsoleErrors: RegExp[]; guard: void },
  { nginx: Nginx }
>({
  nginx: [
    // eslint-disable-next-line no-empty-pattern -- Playwright needs the destructuring even without fixtures.
    async ({}, use) => {
      const server = await startNginx({ extraRedirectMap: nginxRedirectMap([TEST_REDIRECT]) });
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ nginx }, use) => use(nginx.url),
  allowedConsoleErrors: [[], { option: true }],
  guard: [
    async ({ page, baseURL, allowedConsoleErrors }, use) => {
      const origin = new URL(baseURL ?? '').origin;
      const errors: string[] = [];
      const foreign: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !allowedConsoleErrors.some((allowed) => allowed.test(message.text()))) {
          errors.push(message.text());
        }
      });
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== origin)
          foreign.push(request.url());
      });

      await use();

      expect(errors, 'errors in the browser console').toEqual([]);
      expect(foreign, 'requests to another host').toEqual([]);
    },
    { auto: true },
  ],
});

export { CLAIM_PAGES } from '../helpers/site';
