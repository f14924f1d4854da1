/**
 * What nginx with deploy/nginx.conf writes to its access log is what /datenschutz/ lists for an
 * operator who serves the site that way: address, time, request without its query, status,
 * size and browser, and neither the search words in the address nor the page a reader came from.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

/** The log lines of requests that sent this browser name. */
const linesFrom = (accessLog: string, agent: string) =>
  readFileSync(accessLog, 'utf8')
    .split('\n')
    .filter((line) => line.endsWith(`"${agent}"`));

/** One line as the page describes it; `-` where nginx's `combined` format has user and referrer. */
const logLine = (request: string, status: number, agent: string) =>
  new RegExp(
    `^127\\.0\\.0\\.1 - - \\[\\d{2}/\\w{3}/\\d{4}:\\d{2}:\\d{2}:\\d{2} [+-]\\d{4}\\] "${request}" ${String(status)} \\d+ "-" "${agent.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"$`,
  );

test.describe('the access log of nginx with deploy/nginx.conf', () => {
  test('records address, time, request without its query, status, size and browser, and no referrer', async ({
    request,
    nginx,
  }) => {
    const agent = 'Protokollpruefung/1.0 (Suche)';

    await request.get('/suche/?q=vertrauliches+Suchwort&thema=diagnosedaten', {
      headers: { 'user-agent': agent, referer: 'https://herkunft.example/seite?von=leser' },
    });
    await request.get('/datenschutz/?markiert=vertraulich', { headers: { 'user-agent': agent } });

    await expect.poll(() => linesFrom(nginx.accessLog, agent)).toHaveLength(2);
    const [search, page] = linesFrom(nginx.accessLog, agent);
    expect(search).toMatch(logLine('GET /suche/ HTTP/1\\.1', 200, agent));
    expect(page).toMatch(logLine('GET /datenschutz/ HTTP/1\\.1', 200, agent));
    expect(`${search ?? ''}${page ?? ''}`).not.toMatch(/vertraulich|herkunft|thema/);
  });

  test('records the forward from plain HTTP the same way', async ({ request, nginx }) => {
    const agent = 'Protokollpruefung/1.0 (HTTP)';

    const response = await request.get(`${nginx.httpUrl}/quellen/?q=vertraulich`, {
      headers: { 'user-agent': agent },
      maxRedirects: 0,
    });

    expect(response.status()).toBe(301);
    await expect.poll(() => linesFrom(nginx.accessLog, agent)).toHaveLength(1);
    expect(linesFrom(nginx.accessLog, agent)[0]).toMatch(logLine('GET /quellen/ HTTP/1\\.1', 301, agent));
  });
});
