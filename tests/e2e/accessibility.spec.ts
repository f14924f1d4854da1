/**
 * WCAG 2.2 AA, checked by axe on every page of the site: light and dark scheme, a normal
 * and a 320 px wide window.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { pageAddresses } from '../helpers/dist';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

const variants = [
  { name: 'light', colorScheme: 'light', width: 1280 },
  { name: 'dark', colorScheme: 'dark', width: 1280 },
  { name: '320 px', colorScheme: 'light', width: 320 },
] as const;

for (const path of pageAddresses()) {
  for (const variant of variants) {
    test(`${path} has no WCAG 2.2 AA violations (${variant.name})`, async ({ page }) => {
      await page.setViewportSize({ width: variant.width, height: 800 });
      await page.emulateMedia({ colorScheme: variant.colorScheme });
      await page.goto(path);

      expect(await violations(page)).toEqual([]);
    });
  }
}

for (const variant of variants) {
  test(`the open search with results has no WCAG 2.2 AA violations (${variant.name})`, async ({ page }) => {
    await page.setViewportSize({ width: variant.width, height: 800 });
    await page.emulateMedia({ colorScheme: variant.colorScheme });
    await page.goto('/behauptungen/diagnosedaten/');

    await page.getByRole('searchbox', { name: 'Behauptungen und Zitate durchsuchen' }).pressSequentially('Cloud');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Die Cloud ist unsicher.' }).first()).toBeVisible();

    expect(await violations(page)).toEqual([]);
  });

  test(`the search page with results and filters has no WCAG 2.2 AA violations (${variant.name})`, async ({ page }) => {
    await page.setViewportSize({ width: variant.width, height: 800 });
    await page.emulateMedia({ colorScheme: variant.colorScheme });
    await page.goto('/suche/?q=Rechenzentrum');

    await expect(page.getByRole('status')).toHaveText(/Ergebnis/);

    expect(await violations(page)).toEqual([]);
  });
}

test('at 320 px nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const path of pageAddresses()) {
    await page.goto(path);

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
