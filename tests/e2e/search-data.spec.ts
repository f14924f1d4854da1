/**
 * What the search fetches for its results: each result's title, excerpt and sections are a
 * file of their own, fetched for the results a reader sees and for the next ones only when the
 * reader comes to the end of those shown.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SEARCH_BOX, resultsFor } from './search-helpers';

/** Every result data file the page fetches from now on. */
function resultData(page: Page): string[] {
  const files: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/pagefind/fragment/')) files.push(pathname);
  });
  return files;
}

test.describe('result data', () => {
  // A short window: the list under the header box has room for fewer results than it can show.
  test.use({ viewport: { width: 1024, height: 400 } });

  test('the header box fetches the results it shows, and the next ones when the reader scrolls to them', async ({
    page,
  }) => {
    const fetched = resultData(page);
    await page.goto('/behauptungen/diagnosedaten/');
    const header = page.getByRole('banner');

    await page.getByRole('searchbox', SEARCH_BOX).fill('Microsoft');
    const results = (await resultsFor(header, 'Microsoft')).locator(':scope > li');
    await expect(header.getByRole('status')).toHaveText(/^([5-9]|\d\d+) Ergebnisse/);

    const shown = await results.count();
    expect(shown).toBeLessThan(5);
    expect(new Set(fetched).size).toBe(shown);

    await results.last().scrollIntoViewIfNeeded();
    await expect(results).toHaveCount(5);
    expect(new Set(fetched).size).toBe(5);
  });
});
