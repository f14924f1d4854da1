/**
 * The public query set, run in Chromium against the built index through Pagefind's own API
 * (`pagefind.search()` with its default settings), as any consumer of the index queries it:
 * what readers mean must be in the index, not only in the site's search code. The site's
 * search boxes rank the same way (see search.spec.ts).
 */
import type { Page } from '@playwright/test';
import { FIELDS } from '../../src/search-fields';
import { searchStrings } from '../../src/strings';
import { expect, test } from './fixtures';
import { QUERIES } from './search-queries';

interface Found {
  query: string;
  /** Every result's page, best first, each with its kind of page and its sections, best first. */
  pages: { url: string; type: string | undefined; sections: string[] }[];
}

test('the query set has at least 40 queries and covers every kind of case', () => {
  expect(QUERIES.length).toBeGreaterThanOrEqual(40);
  expect(new Set(QUERIES.map((query) => query.proves))).toEqual(
    new Set(['inflection', 'compound', 'synonym', 'abbreviation', 'translation', 'quotation', 'wording', 'entry']),
  );
});

/** Runs queries (every query of the set) through Pagefind's own API in the page, as any consumer of the index would. */
async function searchAll(page: Page, queries = QUERIES.map((entry) => entry.query)): Promise<Found[]> {
  await page.goto('/');
  return page.evaluate(
    async ({ queries, typeField }) => {
      interface Data {
        url: string;
        filters: Partial<Record<string, string[]>>;
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
            return { url: data.url, type: data.filters[typeField]?.[0], sections };
          }),
        );
        all.push({ query, pages });
      }
      return all;
    },
    { queries, typeField: FIELDS.type },
  );
}

const path = (url: string) => decodeURIComponent(new URL(url, 'http://site.invalid').pathname);
/** Path and anchor: a glossary entry or an event is a result of its own, at its anchor. */
const place = (url: string) => {
  const parsed = new URL(url, 'http://site.invalid');
  return decodeURIComponent(parsed.pathname + parsed.hash);
};

test('every query of the set finds its page and section first through the index', async ({ page }) => {
  const found = await searchAll(page);

  const misses = QUERIES.flatMap(({ query, first, alsoFound = [] }) => {
    const { pages } = found.find((entry) => entry.query === query) ?? { pages: [] };
    const top = pages[0];
    const [expectedPage, anchor] = first.split('#');
    const problems: string[] = [];
    if (!top || path(top.url) !== expectedPage) problems.push(`first page is ${top ? path(top.url) : 'nothing'}`);
    else if (anchor !== undefined && place(top.sections[0] ?? top.url) !== first)
      problems.push(`first section is ${place(top.sections[0] ?? top.url)}`);
    const everywhere = new Set(
      pages.flatMap((entry) => [path(entry.url), place(entry.url), ...entry.sections.map(place)]),
    );
    for (const other of alsoFound) if (!everywhere.has(other)) problems.push(`${other} is not found`);
    return problems.length > 0 ? [`„${query}“ (expected ${first}): ${problems.join('; ')}`] : [];
  });
  expect(misses).toEqual([]);
});

test('the list of sources and the legal pages come after every claim, entry and event the query finds, unless the query is about them', async ({
  page,
}) => {
  const found = await searchAll(page);
  const aboutTheSite = searchStrings.pageTypes.page;

  const misses = QUERIES.flatMap(({ query, first }) => {
    const { pages } = found.find((entry) => entry.query === query) ?? { pages: [] };
    if (pages[0]?.type === aboutTheSite && path(pages[0].url) === first.split('#')[0]) return [];
    const firstAbout = pages.findIndex((entry) => entry.type === aboutTheSite);
    const lastContent = pages.findLastIndex((entry) => entry.type !== aboutTheSite);
    return firstAbout !== -1 && firstAbout < lastContent
      ? [`„${query}“: ${pages.map((entry) => place(entry.url)).join(', ')}`]
      : [];
  });
  expect(misses).toEqual([]);
});

test('text for an option the operator has not chosen yet is shown as such, but no search leads to it', async ({
  page,
}) => {
  // „Netlify“ stands only in the legal pages' text for a platform host, shown framed while the
  // operator has not chosen how the site is served (src/site.config.ts).
  await page.goto('/datenschutz/');
  await expect(page.getByRole('main')).toContainText('Netlify');

  const [found] = await searchAll(page, ['Netlify']);
  expect(found?.pages.map((entry) => entry.url)).toEqual([]);
});
