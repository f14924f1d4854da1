/**
 * Each page carries the styles of what it shows, not of every component its template could
 * show: a claim without events has no timeline, and no timeline styles either.
 */
import { toString } from 'hast-util-to-string';
import { expect, test } from 'vitest';
import { all, parsedPages, scopeClassed } from '../helpers/html';

const pages = parsedPages();
const styles = (page: (typeof pages)[number]) =>
  all('style', page.tree)
    .map((style) => toString(style))
    .join('');

test('a page carries the timeline’s styles exactly when it shows a timeline', () => {
  const shows = pages.filter((page) => all('ol.timeline', page.tree).length > 0);
  const styled = pages.filter((page) => styles(page).includes('.timeline{'));

  // Both kinds exist: claims with events, claims without (and pages with no timeline at all).
  expect(shows.length).toBeGreaterThan(0);
  expect(shows.length).toBeLessThan(pages.length);
  expect(styled.map((page) => page.address)).toEqual(shows.map((page) => page.address));
});

// Pages that list every claim grow with the site; a scoping class on each element of an entry
// would be repeated for every claim (about 0.9 MB at 1,000 claims), so these lists are styled
// from their own element instead.
test.each([
  ['/', '.claim-list > li'],
  ['/behauptungen/', '.claim-list > li'],
  ['/suche/', '.claim-list > li'],
  ['/auf-einen-blick/', '.overview tbody > tr'],
  ['/aenderungen/', '.changes > li'],
  ['/stellungnahme/', '.statement > .part'],
])('the entries of the list of every claim on %s carry no scoping class', (address, entries) => {
  const page = pages.find((candidate) => candidate.address === address);
  const items = page ? all(entries, page.tree) : [];

  expect(items.length).toBeGreaterThan(0);
  expect(scopeClassed(items.flatMap((item) => [item, ...all('*', item)]))).toEqual([]);
});
