/**
 * Reading search results the way a reader sees them: the result list, its title links and
 * the section links under each result.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { searchStrings } from '../../src/strings';

/** The header's search box, by its label. */
export const SEARCH_BOX = { name: searchStrings.inputLabel } as const;

/** The list of results (in the header box or on the search page). */
export const resultList = (scope: Page | Locator) => scope.getByRole('list', { name: searchStrings.resultsLabel });

/** Where a result link leads: path and section, without the search words added for highlighting. */
export function destination(href: string | null): string {
  const url = new URL(href ?? '', 'http://site.invalid');
  return decodeURIComponent(url.pathname + url.hash);
}

/** The first result's page, and the section its first section link opens (if any). */
export async function firstResult(scope: Page | Locator): Promise<{ page: string; section: string | undefined }> {
  const result = resultList(scope).locator(':scope > li').first();
  const page = destination(await result.locator('a.search-title').getAttribute('href'));
  const sections = result.locator('a.search-section');
  const section = (await sections.count()) > 0 ? destination(await sections.first().getAttribute('href')) : undefined;
  return { page, section };
}

/** Every page and section the results link to. */
export async function allDestinations(scope: Page | Locator): Promise<string[]> {
  const hrefs = await resultList(scope)
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  return hrefs.map(destination);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Waits until the status line announces the results of exactly this query (not of a
 * shorter one typed on the way) and returns their list. The status is what a screen reader
 * announces, and it changes only when the results on screen belong to the new query.
 */
export async function resultsFor(scope: Page | Locator, query: string): Promise<Locator> {
  await expect(scope.getByRole('status')).toHaveText(new RegExp(`^\\d+ Ergebniss?e? für „${escapeRegExp(query)}“$`));
  return resultList(scope);
}
