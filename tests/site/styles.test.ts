/**
 * Each page carries the styles of what it shows, not of every component its template could
 * show: a claim without events has no timeline, and no timeline styles either.
 */
import { expect, test } from 'vitest';
import { builtHtml } from '../helpers/dist';

const pages = builtHtml().filter((page) => !page.isRedirect);
const styles = (html: string) => [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(([, css]) => css).join('');

test('a page carries the timeline’s styles exactly when it shows a timeline', () => {
  const shows = pages.filter((page) => page.html.includes('<ol class="timeline"'));
  const styled = pages.filter((page) => styles(page.html).includes('.timeline{'));

  // Both kinds exist: claims with events, claims without (and pages with no timeline at all).
  expect(shows.length).toBeGreaterThan(0);
  expect(shows.length).toBeLessThan(pages.length);
  expect(styled.map((page) => page.address)).toEqual(shows.map((page) => page.address));
});
