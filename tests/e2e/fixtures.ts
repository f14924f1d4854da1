/**
 * Every browser test runs with two guards: the console stays free of errors, and no request
 * leaves the site's origin. A test that expects an error (the 404 page) says which.
 */
import { test as base, expect } from '@playwright/test';

export { expect };

// eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- Playwright's type for a fixture that provides nothing
export const test = base.extend<{ allowedConsoleErrors: RegExp[]; guard: void }>({
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
