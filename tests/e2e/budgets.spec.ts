/**
 * Weight budgets for a reader on a slow phone connection, measured as the benchmark measures
 * them: a first visit with an empty cache, served by nginx with deploy/nginx.conf (gzip), bytes
 * as they travel. 1 KB = 1,000 bytes. Sizes only, no timings: they do not depend on the machine.
 * Each page is loaded once and checked against all of its budgets.
 */
import { firstLoad } from '../../scripts/lib/page-weight.mjs';
import { coldRun } from '../../scripts/lib/search-bench.mjs';
import { pageAddresses } from '../helpers/dist';
import { expect, test } from './fixtures';

/**
 * A page in all: HTML with its styles, JavaScript, images and fonts. At most what a server sends
 * in the first round trip of a new connection (ten segments of 1,460 bytes, RFC 6928), so no page
 * waits for a second one however much text it has; the longest, a claim page with nine events in
 * its Einordnung, measures 13.8 KB, a claim page with two 8.3 KB (docs/decisions.md).
 */
const PAGE_BUDGET = 14_600;
/** JavaScript loaded and run on a page before the reader does anything (956 bytes on 2026-12-07). */
const SCRIPT_BUDGET = 1_000;
/**
 * A reader's first search from the header box of a claim page, until the results stand: the
 * search code, Pagefind's code, its WebAssembly, the word index and the data of the results
 * shown, 100 KiB (Pagefind's files as it writes them: 93.9 KB for „Diagnosedaten“).
 */
const SEARCH_BUDGET = 100 * 1024;

// The search page too: its search code loads only for a query or as the reader reaches for it.
const contentPages = pageAddresses();

// One test measures every page, each loaded in a fresh context (an empty cache), a few at a
// time: the sizes do not depend on timing, and the loads' waits for a quiet network overlap.
// Soft expectations name the page and go on, so one run reports every page over its budget.
const AT_ONCE = 4;
test('every page loads at most 14.6 KB in at most 2 requests (the page with its styles and its icon, one script), and runs at most 1 KB of JavaScript before the reader interacts', async ({
  browser,
  nginx,
}) => {
  // Every version of every page is a page too, so the site gains pages with each change: the
  // ceiling grows with them (ten seconds a page, for a machine busy with other work).
  test.setTimeout(Math.max(60_000, contentPages.length * 10_000));
  const loads = [];
  for (let start = 0; start < contentPages.length; start += AT_ONCE) {
    const batch = contentPages.slice(start, start + AT_ONCE);
    loads.push(
      ...(await Promise.all(
        batch.map(async (address) => [address, await firstLoad(browser, nginx.url + address)] as const),
      )),
    );
  }
  for (const [address, load] of loads) {
    const requests = load.resources.map((resource) => resource.url).join('\n');

    expect.soft(load.foreign, `${address}: requests to another host`).toEqual([]);
    expect.soft(load.transferredByType.HTML, `${address}: the page itself was measured`).toBeGreaterThan(0);
    expect
      .soft(
        load.resources.filter((resource) => resource.type === 'CSS' || resource.type === 'HTML').map((r) => r.encoding),
        `${address}: HTML and CSS travel gzip-compressed`,
      )
      .not.toContain('');
    expect
      .soft(load.transferred, `${address}: ${JSON.stringify(load.transferredByType)}`)
      .toBeLessThanOrEqual(PAGE_BUDGET);
    // The page's styles stand in its <head>: no stylesheet to wait for.
    expect
      .soft(
        load.resources.filter((resource) => resource.type === 'CSS'),
        `${address}: stylesheets`,
      )
      .toHaveLength(0);
    expect.soft(load.resources.length, `${address}: requests\n${requests}`).toBeLessThanOrEqual(2);
    expect
      .soft(
        load.resources.filter((resource) => resource.type === 'JS'),
        `${address}: scripts`,
      )
      .toHaveLength(1);
    expect.soft(load.transferredByType.JS, `${address}: JavaScript bytes`).toBeLessThanOrEqual(SCRIPT_BUDGET);
    expect
      .soft(
        load.scriptBytesRun,
        `${address}: JavaScript run before any interaction\n${load.scriptsRun.map((script) => `${script.url}: ${String(script.transferred)} B`).join('\n')}`,
      )
      .toBeLessThanOrEqual(SCRIPT_BUDGET);
  }
});

test('a first search from the header box loads at most 100 KiB, of the word index only the part its word is in', async ({
  browser,
  nginx,
}) => {
  const { after } = await coldRun(browser, nginx.url, { pauseMs: 0, paste: true });
  const files = after.map(({ pathname, bytes }) => `${pathname}: ${String(bytes)} B`).join('\n');

  expect(after.filter(({ pathname }) => pathname.endsWith('.pf_index')).length, files).toBe(1);
  expect(
    after.reduce((sum, { bytes }) => sum + bytes, 0),
    files,
  ).toBeLessThanOrEqual(SEARCH_BUDGET);
});
