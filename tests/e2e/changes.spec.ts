/**
 * Following changes as a reader does: from the list of all changes to the version it names and
 * what changed in it, from there to the page as it is now. (That every page announces the feed
 * and what the feed holds are site checks: tests/site/changes.test.ts.)
 */
import { expect, test } from './fixtures';

test('an entry on /aenderungen/ opens that version, which shows what changed and leads to the page as it is now', async ({
  page,
}) => {
  await page.goto('/aenderungen/');

  await page
    .getByRole('list', { name: 'Alle Änderungen' })
    .getByRole('listitem')
    .filter({ hasText: '2. Dezember 2026' })
    .getByRole('link', { name: 'Die Cloud ist unsicher.' })
    .click();

  await expect(page).toHaveURL(/\/behauptungen\/cloud-ist-unsicher\/fassungen\/2026-12-02\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Fassung vom 2. Dezember 2026: „Die Cloud ist unsicher.“',
  );
  await expect(page.getByRole('deletion').first()).toBeVisible();
  await expect(page.getByRole('insertion').first()).toBeVisible();
  await page.getByRole('link', { name: 'Zur Seite in ihrer aktuellen Fassung' }).click();
  await expect(page).toHaveURL(/\/behauptungen\/cloud-ist-unsicher\/$/);
});

test('a page’s Stand leads to its list of versions', async ({ page }) => {
  await page.goto('/behauptungen/diagnosedaten/');

  await page.locator('.meta').getByRole('link').click();

  await expect(page.getByRole('heading', { name: 'Fassungen dieser Seite' })).toBeInViewport();
});
