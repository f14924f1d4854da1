/**
 * The public query set, run in Chromium against the built index through Pagefind's own API
 * (`pagefind.search()` with its default settings), as any consumer of the index queries it:
 * what readers mean must be in the index, not only in the site's search code. The site's
 * search boxes rank the same way (see search.spec.ts).
 */
import { expect, test } from './fixtures';
import { QUERIES } from './search-queries';

interface Found {
  query: string;
  /** Every result's page, best first, each followed by its sections, best first. */
  pages: { url: string; sections: string[] }[];
}

test('the query set has at least 40 queries and covers every kind of case', () => {
  expect(QUERIES.length).toBeGreaterThanOrEqual(40);
  expect(new Set(QUERIES.map((query) => query.proves))).toEqual(
    new Set(['inflection', 'compound', 'synonym', 'abbreviation', 'translation', 'quotation', 'wording']),
  );
});

test('every query of the set finds its page and section first through the index', async ({ page }) => {
  await page.goto('/');

  const found: Found[] = await page.evaluate(
    async (queries) => {
      interface Data {
        url: string;
        sub_results: { url: string; anchor?: unknown; weighted_locations: { balanced_score: number }[] }[];
      }
      const bundle = '/pagefind/pagefind.js';
      const pagefind = (await import(bundle)) as {
        search(term: string): Promise<{ results: { data(): Promise<Data> }[] }>;
      };
      const score = (section: Data['sub_results'][number]) =>
        section.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);
      const all: Found[] = [];
      for (const query of queries) {
        const search = await pagefind.search(query);
        const pages = await Promise.all(
          search.results.map(async (result) => {
            const data = await result.data();
            const sections = data.sub_results
              .filter((section) => section.anchor !== undefined)
              .sort((a, b) => score(b) - score(a))
              .map((section) => section.url);
            return { url: data.url, sections };
          }),
        );
        all.push({ query, pages });
      }
      return all;
    },
    QUERIES.map((entry) => entry.query),
  );

  const path = (url: string) => decodeURIComponent(new URL(url, 'http://site.invalid').pathname);
  const place = (url: string) => {
    const parsed = new URL(url, 'http://site.invalid');
    return decodeURIComponent(parsed.pathname + parsed.hash);
  };
  const misses = QUERIES.flatMap(({ query, first, alsoFound = [] }) => {
    const { pages } = found.find((entry) => entry.query === query) ?? { pages: [] };
    const top = pages[0];
    const [expectedPage, anchor] = first.split('#');
    const problems: string[] = [];
    if (!top || path(top.url) !== expectedPage) problems.push(`first page is ${top ? path(top.url) : 'nothing'}`);
    else if (anchor !== undefined && place(top.sections[0] ?? top.url) !== first)
      problems.push(`first section is ${place(top.sections[0] ?? top.url)}`);
    const everywhere = new Set(pages.flatMap((entry) => [path(entry.url), ...entry.sections.map(place)]));
    for (const other of alsoFound) if (!everywhere.has(other)) problems.push(`${other} is not found`);
    return problems.length > 0 ? [`„${query}“ (expected ${first}): ${problems.join('; ')}`] : [];
  });
  expect(misses).toEqual([]);
});
