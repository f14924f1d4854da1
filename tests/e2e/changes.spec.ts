/**
 * Following changes as a reader does: from the list of all changes to the version it names and
 * what changed in it, from there to the page as it is now, and from any page to the feed its
 * head announces.
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

test('the feed a page announces is served as RSS with the versions in it', async ({ page, request }) => {
  await page.goto('/behauptungen/diagnosedaten/');
  const announced = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');

  // The announced address is the public one (SITE_URL); the test site serves the same path.
  const response = await request.get(new URL(announced ?? '').pathname);

  expect(response.ok()).toBe(true);
  const body = await response.text();
  expect(body).toMatch(/^<\?xml[^>]*\?><rss version="2.0">/);
  // The page's newest version is the feed's news: its address, as the page's list of versions links it.
  const latest = await page
    .getByRole('region', { name: 'Fassungen dieser Seite' })
    .getByRole('listitem')
    .first()
    .getByRole('link')
    .getAttribute('href');
  expect(latest).toMatch(/^\/behauptungen\/diagnosedaten\/fassungen\/\d{4}-\d{2}-\d{2}(-\d+)?\/$/);
  expect(body).toContain(`<link>${new URL(latest ?? '', announced ?? '').href}</link>`);
});
