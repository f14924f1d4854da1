/**
 * The public query set, run in Chromium against the built site: each query on the search
 * page must put the expected claim or section first.
 */
import { expect, test } from './fixtures';
import { QUERIES } from './search-queries';
import { allDestinations, firstResult, resultList } from './search-helpers';

test('the query set has at least 25 queries and covers every kind of case', () => {
  expect(QUERIES.length).toBeGreaterThanOrEqual(25);
  expect(new Set(QUERIES.map((query) => query.proves))).toEqual(
    new Set(['inflection', 'compound', 'synonym', 'quotation', 'wording']),
  );
});

for (const { query, first, alsoFound = [], proves } of QUERIES) {
  test(`„${query}“ finds ${first} first (${proves})`, async ({ page }) => {
    await page.goto(`/suche/?q=${encodeURIComponent(query)}`);
    await expect(resultList(page)).toBeVisible();

    const top = await firstResult(page);
    const [path, anchor] = first.split('#');
    expect(top.page).toBe(path);
    if (anchor !== undefined) expect(top.section).toBe(first);
    expect(await allDestinations(page)).toEqual(expect.arrayContaining(alsoFound));
  });
}
