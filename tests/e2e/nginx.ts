/**
 * Tests against the site as nginx serves it with deploy/nginx.conf: one nginx per test worker,
 * over the built `dist/`, on a free port. `baseURL` points at it, so `page.goto('/quellen/')`
 * and the guards (no console error, no request to another host) work as in every other test.
 */
import { startNginx } from '../../scripts/lib/nginx.mjs';
import { nginxRedirectMap, type Redirect } from '../../src/integrations/hosting-files';
import { test as base } from './fixtures';

export { expect } from './fixtures';

/**
 * A moved address added to the build's list for the tests, written by the build's own
 * function: the way from Astro's `redirects` to a 301 is proven even while the list is empty.
 */
export const TEST_REDIRECT: Redirect = { from: '/weiterleitung-zum-test/', to: '/quellen/' };

type Nginx = Awaited<ReturnType<typeof startNginx>>;

export const test = base.extend<{ nginx: Nginx }, { nginxServer: Nginx }>({
  nginxServer: [
    // eslint-disable-next-line no-empty-pattern -- Playwright needs the destructuring even without fixtures.
    async ({}, use) => {
      const server = await startNginx({ extraRedirectMap: nginxRedirectMap([TEST_REDIRECT]) });
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ],
  nginx: async ({ nginxServer }, use) => use(nginxServer),
  baseURL: async ({ nginxServer }, use) => use(nginxServer.url),
});
