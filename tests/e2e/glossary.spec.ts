/**
 * The glossary as a reader uses it: a term on a claim page leads to its explanation, and the
 * search finds an entry by any of its names.
 */
import { expect, test } from './fixtures';
import { allDestinations, resultList } from './search-helpers';

const BOX = { name: 'Behauptungen und Zitate durchsuchen' } as const;

test('a term in the Einordnung of a claim page opens its explanation on /begriffe/', async ({ page }) => {
  await page.goto('/behauptungen/nicht-datenschutzkonform/');

  await page
    .getByRole('complementary', { name: 'Einordnung' })
    .getByRole('link', { name: 'Datenschutzkonferenz', exact: true })
    .click();

  await expect(page).toHaveURL(/\/begriffe\/#datenschutzkonferenz$/);
  const entry = page.getByRole('region', { name: 'Datenschutzkonferenz' });
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText(
    'Konferenz der unabhängigen Datenschutzaufsichtsbehörden des Bundes und der Länder',
  );
  await expect(
    entry.getByRole('link', {
      name: 'Microsoft 365 und Microsoft Teams lassen sich nicht datenschutzkonform einsetzen.',
    }),
  ).toBeVisible();
});

for (const name of ['GDPR', 'DSGVO', 'Datenschutz-Grundverordnung']) {
  test(`searching for „${name}“ offers the glossary entry on the DS-GVO`, async ({ page }) => {
    await page.goto('/');

    await page.getByRole('searchbox', BOX).pressSequentially(name);

    await expect(page.getByRole('banner').getByRole('status')).toHaveText(/Ergebnis/);
    await expect
      .poll(() => allDestinations(page.getByRole('banner')))
      .toContain('/begriffe/#datenschutz-grundverordnung');
  });
}

test('the search page lists a glossary entry as a result of its own kind', async ({ page }) => {
  await page.goto('/suche/?q=Schrems');

  const results = resultList(page);
  await expect(results.getByRole('link', { name: 'Schrems II' })).toBeVisible();
  await expect(results).toContainText('Begriff');
});
