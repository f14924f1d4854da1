/**
 * Weight budgets for a reader on a slow phone connection, measured as the benchmark measures
 * them: a first visit with an empty cache, served by nginx with deploy/nginx.conf (gzip), bytes
 * as they travel. 1 KB = 1,000 bytes. Sizes only, no timings: they do not depend on the machine.
 */
import { firstLoad } from '../../scripts/lib/page-weight.mjs';
import { pageAddresses } from '../helpers/dist';
import { CLAIM_PAGES } from '../helpers/site';
import { expect, test } from './nginx';

/** A claim page in all: HTML, CSS, JavaScript, images and fonts. */
const CLAIM_PAGE_BUDGET = 20_000;
/** JavaScript that runs on a content page before the reader does anything. */
const SCRIPT_BUDGET = 3_000;

// The search page may load its search code at once: searching is what a reader came for.
const SEARCH_PAGE = '/suche/';

test.describe('budgets', () => {
  for (const address of pageAddresses()) {
    const claim = (CLAIM_PAGES as readonly string[]).includes(address);
    const name = [
      claim ? 'loads at most 20 KB compressed on the first visit' : '',
      address === SEARCH_PAGE ? '' : 'runs at most 3 KB of compressed JavaScript before the reader interacts',
    ]
      .filter(Boolean)
      .join(' and ');
    if (name === '') continue;

    test(`${address} ${name}`, async ({ browser, nginx }) => {
      const load = await firstLoad(browser, nginx.url + address);

      expect(load.foreign).toEqual([]);
      expect(load.transferredByType.HTML, 'the page itself was measured').toBeGreaterThan(0);
      if (claim) {
        expect(
          load.resources
            .filter((resource) => resource.type === 'CSS' || resource.type === 'HTML')
            .every((resource) => resource.encoding === 'gzip'),
        ).toBe(true);
        expect(load.transferred, JSON.stringify(load.transferredByType)).toBeLessThanOrEqual(CLAIM_PAGE_BUDGET);
      }
      if (address !== SEARCH_PAGE) {
        expect(
          load.scriptBytesRun,
          load.scriptsRun.map((script) => `${script.url}: ${String(script.transferred)} B`).join('\n'),
        ).toBeLessThanOrEqual(SCRIPT_BUDGET);
      }
    });
  }
});
