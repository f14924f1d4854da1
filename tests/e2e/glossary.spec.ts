/**
 * The glossary as a reader uses it: a term on a claim page leads to its explanation, and the
 * search finds an entry by any of its names.
 */
import { expect, test } from './fixtures';
import { allDestinations, resultsFor } from './search-helpers';

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
      name: 'Datenschutz bei Microsoft 365 und Microsoft Teams',
    }),
  ).toBeVisible();
});

for (const name of ['GDPR', 'DSGVO', 'Datenschutz-Grundverordnung']) {
  // Claims that use the word come first (docs/architecture.md, „Ranking rule“); the search page
  // shows a screenful of results, the header box three, and the next ones as the reader scrolls.
  test(`searching for „${name}“ offers the glossary entry on the DS-GVO`, async ({ page }) => {
    await page.goto(`/suche/?q=${encodeURIComponent(name)}`);

    await resultsFor(page, name);
    expect(await allDestinations(page)).toContain('/begriffe/#datenschutz-grundverordnung');
  });
}

test('the search page lists a glossary entry as a result of its own kind', async ({ page }) => {
  await page.goto('/suche/?q=Schrems');

  const results = await resultsFor(page, 'Schrems');
  await expect(results.getByRole('link', { name: 'Schrems II', exact: true })).toBeVisible();
  await expect(results).toContainText('Begriff');
});
