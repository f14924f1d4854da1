/**
 * WCAG 2.2 AA, checked by axe: every page in the light scheme at normal width; the dark
 * scheme, a 320 px wide window and the open search once per page template (pages of one
 * template share their markup and styles, so a second one finds nothing new).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_FILES } from '../../src/content-dir';
import { isVersionPath } from '../../src/routes';
import { pageAddresses } from '../helpers/dist';
import { expect, test } from './fixtures';
import { resultsFor } from './search-helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  // The site has no frames (no embeds: privacy by construction), so axe runs in the page
  // itself ("legacy mode") instead of per frame plus a blank page to merge the frames' results,
  // and collects only violations: together three times faster, the same findings.
  expect(page.frames(), 'a page without frames').toHaveLength(1);
  const results = await new AxeBuilder({ page })
    .withTags(TAGS)
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

const pages = pageAddresses();

/**
 * One page for each template: pages drawn by one route share a template. Claim pages
 * (`behauptungen/[slug]`) are represented by the one with the most kinds of content (quotations
 * of two speakers, summaries, events); the prose pages of `content/seiten/` (one route) by the
 * method page, the longest; the versions' own pages by an earlier version of that claim page,
 * whose changes have deleted and inserted words, quotations and lists. Every other route draws
 * one page.
 */
const CLAIM_TEMPLATE = '/behauptungen/nicht-datenschutzkonform/';
const PROSE_TEMPLATE = '/quellen/';
const VERSION_TEMPLATE = '/behauptungen/nicht-datenschutzkonform/fassungen/2026-12-02/';
const prosePages = new Set(
  readdirSync(path.join('content', CONTENT_FILES.pages))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => `/${file.replace(/\.mdx$/, '')}/`),
);
const isClaimPage = (address: string) => /^\/behauptungen\/[^/]+\/$/.test(address);
const templates = pages.filter((address) =>
  isClaimPage(address)
    ? address === CLAIM_TEMPLATE
    : prosePages.has(address)
      ? address === PROSE_TEMPLATE
      : isVersionPath(address)
        ? address === VERSION_TEMPLATE
        : true,
);

test('every page belongs to a checked template', () => {
  expect(templates).toEqual(expect.arrayContaining([CLAIM_TEMPLATE, PROSE_TEMPLATE, VERSION_TEMPLATE]));
  expect(prosePages.has(PROSE_TEMPLATE)).toBe(true);
});

// Pages beside their template's page: one browser page walks through them in the light scheme.
test('every page that is not its template’s checked page has no WCAG 2.2 AA violations in the light scheme', async ({
  page,
}) => {
  const walked = pages.filter((address) => !templates.includes(address));
  // Every version of every page is a page too, so the walk grows with each change: the ceiling
  // grows with it (ten seconds a page, for a machine busy with other work).
  test.setTimeout(Math.max(60_000, walked.length * 10_000));
  const found: Record<string, string[]> = {};
  for (const path of walked) {
    await page.goto(path);
    const pageViolations = await violations(page);
    if (pageViolations.length > 0) found[path] = pageViolations;
  }

  expect(found).toEqual({});
});

for (const path of templates) {
  // The search page has no header box: its own open search is checked below.
  const hasHeaderSearch = path !== '/suche/';
  // One page load, changed the way a reader changes it: the system's scheme, the window's
  // width, then a search in the header box.
  test(`${path} has no WCAG 2.2 AA violations in the light and the dark scheme, at 320 px${hasHeaderSearch ? ' and with the header search open on results' : ''}`, async ({
    page,
  }) => {
    await page.goto(path);

    await test.step('light scheme', async () => {
      expect(await violations(page)).toEqual([]);
    });
    await test.step('dark scheme', async () => {
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await violations(page)).toEqual([]);
    });
    await test.step('320 px', async () => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize({ width: 320, height: 800 });
      expect(await violations(page)).toEqual([]);
    });
    if (!hasHeaderSearch) return;
    await test.step('header search open on results', async () => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.getByRole('banner').getByRole('searchbox').pressSequentially('Cloud');
      await resultsFor(page.getByRole('banner'), 'Cloud');
      expect(await violations(page)).toEqual([]);
    });
  });
}

test('the search page with results and topic filters has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto('/suche/?q=Rechenzentrum');
  await resultsFor(page.getByRole('main'), 'Rechenzentrum');

  expect(await violations(page)).toEqual([]);
});

test('at 320 px no page scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const overflowing: string[] = [];

  for (const path of pages) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    if (overflow > 0) overflowing.push(`${path}: ${String(overflow)} px`);
  }

  expect(overflowing).toEqual([]);
});
