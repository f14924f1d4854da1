/**
 * Weight budgets for a reader on a slow phone connection, measured as the benchmark measures
 * them: a first visit with an empty cache, served by nginx with deploy/nginx.conf (gzip), bytes
 * as they travel. 1 KB = 1,000 bytes. Sizes only, no timings: they do not depend on the machine.
 * Each page is loaded once and checked against all of its budgets.
 */
import { firstLoad } from '../../scripts/lib/page-weight.mjs';
import { pageAddresses } from '../helpers/dist';
import { expect, test } from './nginx';

/** A page in all: HTML with its styles, JavaScript, images and fonts (the longest claim page measures 10.3 KB). */
const PAGE_BUDGET = 11_000;
/** JavaScript loaded and run on a page before the reader does anything (about 800 bytes). */
const SCRIPT_BUDGET = 1_000;

// The search page too: its search code loads only for a query or as the reader reaches for it.
const contentPages = pageAddresses();

test.describe('budgets', () => {
  for (const address of contentPages) {
    test(`${address} loads at most 11 KB in at most 3 requests (the page with its styles, one script, the icon), and runs at most 1 KB of JavaScript before the reader interacts`, async ({
      browser,
      nginx,
    }) => {
      const load = await firstLoad(browser, nginx.url + address);

      expect(load.foreign).toEqual([]);
      expect(load.transferredByType.HTML, 'the page itself was measured').toBeGreaterThan(0);
      expect(
        load.resources
          .filter((resource) => resource.type === 'CSS' || resource.type === 'HTML')
          .every((r) => r.encoding === 'gzip'),
      ).toBe(true);
      expect(load.transferred, JSON.stringify(load.transferredByType)).toBeLessThanOrEqual(PAGE_BUDGET);
      // The page's styles stand in its <head>: no stylesheet to wait for.
      expect(load.resources.filter((resource) => resource.type === 'CSS')).toHaveLength(0);
      expect(load.resources.length, load.resources.map((resource) => resource.url).join('\n')).toBeLessThanOrEqual(3);
      expect(load.resources.filter((resource) => resource.type === 'JS')).toHaveLength(1);
      expect(load.transferredByType.JS).toBeLessThanOrEqual(SCRIPT_BUDGET);
      expect(
        load.scriptBytesRun,
        load.scriptsRun.map((script) => `${script.url}: ${String(script.transferred)} B`).join('\n'),
      ).toBeLessThanOrEqual(SCRIPT_BUDGET);
    });
  }
});
