/**
 * Moving around claim pages in the browser: anchors, previous/next, related claims and
 * quotation addresses. What the pages contain is checked in tests/site/claims.test.ts.
 */
import { CLAIM_PAGES, expect, test } from './fixtures';

test('following a heading anchor puts the section address into the address bar', async ({ page }) => {
  await page.goto('/behauptungen/cloud-ist-unsicher/');

  await page.getByRole('link', { name: 'Link zum Abschnitt „Quelle“' }).click();

  await expect(page).toHaveURL(/\/behauptungen\/cloud-ist-unsicher\/#quelle$/);
  await expect(page.locator('#quelle')).toBeInViewport();
});

test('previous/next lead through all claims and topics in reading order and back', async ({ page }) => {
  await page.goto(CLAIM_PAGES[0]);
  const pager = page.getByRole('navigation', { name: 'Weitere Behauptungen und Themen' });
  await expect(pager.getByRole('link', { name: /^Vorherige|^Vorheriges/ })).toHaveCount(0);

  for (const next of CLAIM_PAGES.slice(1)) {
    await pager.getByRole('link', { name: /^Nächste Behauptung|^Nächstes Thema/ }).click();
    await expect(page).toHaveURL(new RegExp(`${next}$`));
  }
  await expect(pager.getByRole('link', { name: /^Nächste|^Nächstes/ })).toHaveCount(0);

  await pager.getByRole('link', { name: /^Vorherige Behauptung|^Vorheriges Thema/ }).click();
  await expect(page).toHaveURL(new RegExp(`${CLAIM_PAGES[CLAIM_PAGES.length - 2] ?? ''}$`));
});

test('related claims link to their pages', async ({ page }) => {
  await page.goto('/behauptungen/microsoft-ueberwacht-nutzer/');

  const related = page.getByRole('region', { name: 'Verwandte Behauptungen und Themen' });
  await related.getByRole('link', { name: /^Diagnosedaten in den Produkten/ }).click();

  await expect(page).toHaveURL(/\/behauptungen\/diagnosedaten\/$/);
});

test('a quotation keeps its register anchor on every page that shows it', async ({ page }) => {
  await page.goto('/behauptungen/diagnosedaten/#zitat-diagnosedaten-notwendig');
  await expect(page.locator('#zitat-diagnosedaten-notwendig')).toBeInViewport();

  await page.goto('/stellungnahme/#zitat-diagnosedaten-notwendig');
  await expect(page.locator('#zitat-diagnosedaten-notwendig')).toBeInViewport();
});
