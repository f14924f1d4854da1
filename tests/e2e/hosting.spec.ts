/**
 * The site as a real nginx serves it with deploy/nginx.conf: security headers on every
 * response, caching, status codes, trailing slashes, redirects, and no Content-Security-Policy
 * violation on any page in Chromium.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, IMMUTABLE_PREFIXES, securityHeadersFor } from '../../src/security';
import { pageAddresses, styleHashes } from '../helpers/dist';
import { expect, test, TEST_REDIRECT } from './fixtures';

// Moved addresses answer 301 (tested below), so they are no pages here.
const pages = pageAddresses();

/** The headers of src/security.ts, their policy allowing the stylesheets the built pages carry. */
const securityHeaders = securityHeadersFor(styleHashes());
/** Lower-case header names, as fetch reports them. */
const expectedSecurityHeaders = Object.fromEntries(
  Object.entries(securityHeaders).map(([name, value]) => [name.toLowerCase(), value]),
);

function securityHeadersOf(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.keys(expectedSecurityHeaders).map((name) => [name, headers[name] ?? '(missing)']));
}

test.describe('nginx with deploy/nginx.conf', () => {
  test('serves every page compressed, with the security headers, revalidated on every visit', async ({ request }) => {
    for (const address of pages) {
      const response = await request.get(address, { headers: { 'accept-encoding': 'gzip' }, maxRedirects: 0 });
      const headers = response.headers();

      expect(response.status(), address).toBe(200);
      expect(headers['content-type'], address).toBe('text/html; charset=utf-8');
      expect(headers['content-encoding'], address).toBe('gzip');
      expect(headers['cache-control'], address).toBe(CACHE_REVALIDATE);
      expect(securityHeadersOf(headers), address).toEqual(expectedSecurityHeaders);
    }
  });

  test('compresses the icon file (pages carry the icon themselves; some clients ask for the file by name), as every text response from 150 bytes on', async ({
    request,
  }) => {
    const response = await request.get('/favicon.svg', { headers: { 'accept-encoding': 'gzip' } });

    expect(readFileSync('dist/favicon.svg').length).toBeGreaterThanOrEqual(150);
    expect(response.headers()['content-encoding']).toBe('gzip');
  });

  test('caches files with a content hash in their name for a year and revalidates every other file', async ({
    request,
  }) => {
    const files = readdirSync('dist', { recursive: true, encoding: 'utf8' })
      .map((file) => `/${file.split(path.sep).join('/')}`)
      .filter((file) => !/^\/_(headers|redirects|cache)/.test(file))
      .filter((file) => !file.endsWith('/index.html'))
      .filter((file) => path.extname(file) !== '');
    const immutable = (file: string) => IMMUTABLE_PREFIXES.some((prefix) => file.startsWith(prefix));
    expect(
      files.filter(immutable).length,
      'hashed files (scripts, Pagefind) under the immutable prefixes',
    ).toBeGreaterThan(0);

    for (const file of files) {
      const response = await request.get(file, { maxRedirects: 0 });

      expect(response.status(), file).toBe(200);
      expect(response.headers()['cache-control'], file).toBe(immutable(file) ? CACHE_IMMUTABLE : CACHE_REVALIDATE);
      expect(response.headers()['x-content-type-options'], file).toBe('nosniff');
    }
  });

  test('serves the open data with their types: JSON, and CSV that spreadsheets open', async ({ request }) => {
    const json = await request.get('/daten/behauptungen.json');
    const csv = await request.get('/daten/behauptungen.csv');

    expect(json.headers()['content-type']).toMatch(/^application\/json/);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
  });

  test('answers a page address without its trailing slash with 301 to the address with it, keeping the query', async ({
    request,
  }) => {
    for (const address of pages.filter((page) => page !== '/')) {
      const response = await request.get(address.slice(0, -1), { maxRedirects: 0 });

      expect(response.status(), address).toBe(301);
      expect(response.headers().location, address).toBe(address);
    }
    const search = await request.get('/suche?q=Diagnosedaten', { maxRedirects: 0 });
    expect(search.headers().location).toBe('/suche/?q=Diagnosedaten');
  });

  test('answers a missing address with status 404, the German not-found page and the security headers', async ({
    request,
  }) => {
    for (const address of [
      '/gibt-es-nicht/',
      '/gibt-es-nicht',
      '/behauptungen/gibt-es-nicht/',
      '/_astro/',
      '/_headers',
      '/_redirects',
      '/_redirects.nginx',
      '/_headers.nginx',
      '/_cache.nginx',
    ]) {
      const response = await request.get(address, { maxRedirects: 0 });

      expect(response.status(), address).toBe(404);
      expect(await response.text(), address).toContain('<h1>Seite nicht gefunden</h1>');
      expect(securityHeadersOf(response.headers()), address).toEqual(expectedSecurityHeaders);
    }
  });

  test("answers every moved address of the build's redirect list with 301 to its new place, with and without slash", async ({
    request,
    nginx,
  }) => {
    const netlify = readFileSync('dist/_redirects', 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('/'))
      .map((line) => line.split(' ').slice(0, 2));
    const fromTest = [
      [TEST_REDIRECT.from, TEST_REDIRECT.to],
      [TEST_REDIRECT.from.slice(0, -1), TEST_REDIRECT.to],
    ];
    expect(nginx.redirects, 'the nginx map holds the same list as _redirects').toEqual([...netlify, ...fromTest]);

    for (const [from, to] of nginx.redirects) {
      const response = await request.get(from, { maxRedirects: 0 });

      expect(response.status(), from).toBe(301);
      expect(response.headers().location, from).toBe(to);
      expect(securityHeadersOf(response.headers()), from).toEqual(expectedSecurityHeaders);
      expect((await request.get(to, { maxRedirects: 0 })).status(), `${from} → ${to}`).toBe(200);
    }
  });

  test('forwards plain HTTP to HTTPS, keeping path and query', async ({ request, nginx }) => {
    const response = await request.get(`${nginx.httpUrl}/quellen/?a=1`, { maxRedirects: 0 });

    expect(response.status()).toBe(301);
    expect(response.headers().location).toMatch(/^https:\/\/[^/]+\/quellen\/\?a=1$/);
  });
});

test.describe('the Content-Security-Policy in Chromium', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { cspViolations: seen });
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(
          `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${String(event.lineNumber)})`,
        );
      });
    });
  });

  // One browser page walks through every page, as a reader does: a violation or warning is
  // reported with the address it came from.
  test('no page loads with a violation of the policy or a warning about the policies', async ({ page }) => {
    // Chromium only warns (no error) about a Permissions-Policy feature it does not know.
    const found: string[] = [];
    let address = '';
    page.on('console', (message) => {
      if (/Permissions-Policy|Content Security Policy/i.test(message.text()))
        found.push(`${address}: ${message.text()}`);
    });

    for (address of pages) {
      const response = await page.goto(address);
      await page.waitForLoadState('load');

      expect(response?.headers()['content-security-policy'], address).toBe(securityHeaders['Content-Security-Policy']);
      const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      found.push(...violations.map((violation) => `${address}: ${violation}`));
    }

    expect(found).toEqual([]);
  });

  test.describe('when something breaks the policy', () => {
    test.use({ allowedConsoleErrors: [/Content Security Policy/] });

    test('Chromium refuses an inline script and an inline style and reports both', async ({ page }) => {
      await page.goto('/quellen/');

      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true;';
        document.body.append(script);
        const style = document.createElement('style');
        style.textContent = 'body { background: red; }';
        document.head.append(style);
      });

      // The browser reports a violation as an event after refusing; wait for both reports.
      // The header and the page's own <meta> policy each refuse, so each kind may come twice.
      await expect
        .poll(async () => {
          const violations = await page.evaluate(
            () => (window as unknown as { cspViolations: string[] }).cspViolations,
          );
          return [...new Set(violations.map((line) => line.split(' ')[0]))].sort();
        })
        .toEqual(['script-src-elem', 'style-src-elem']);
      // A script runs as it is appended, so by the time its refusal is reported it would have run.
      expect(await page.evaluate(() => 'inlineRan' in window)).toBe(false);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 0, 0)');
    });
  });
});

test.describe('the not-found page through nginx', () => {
  test.use({ allowedConsoleErrors: [/404/] });

  test('shows in German with its styles and no violation', async ({ page }) => {
    const response = await page.goto('/gibt-es-nicht/');

    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
    // The stylesheets arrived: the skip link is positioned off-screen until it gets focus.
    await expect(page.getByRole('link', { name: 'Zum Inhalt springen' })).toHaveCSS('position', 'absolute');
  });
});
