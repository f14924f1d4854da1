/**
 * Every browser test runs with two guards: the console stays free of errors, and no request
 * leaves the site's origin. A test that expects an error (the 404 page) says which.
 */
import { test as base, expect } from '@playwright/test';
import { load as parseYaml } from 'js-yaml';
import { readFileSync } from 'node:fs';

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

/** The quotation register, as authors wrote it. */
export function quotationRegister(): Record<string, { text: string; kind: string }> {
  return parseYaml(readFileSync('content/zitate.yaml', 'utf8')) as Record<string, { text: string; kind: string }>;
}

/** The five published claim addresses; they must never change. */
export const CLAIM_PAGES = [
  '/behauptungen/nicht-datenschutzkonform/',
  '/behauptungen/cloud-ist-unsicher/',
  '/behauptungen/us-regierung-liest-mit/',
  '/behauptungen/microsoft-ueberwacht-nutzer/',
  '/behauptungen/diagnosedaten/',
] as const;
