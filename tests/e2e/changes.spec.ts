/**
 * Following changes as a reader does: from the list of all changes to the changed page, and
 * from any page to the feed its head announces.
 */
import { expect, test } from './fixtures';

test('an entry on /aenderungen/ opens the changed page at its own list of changes', async ({ page }) => {
  await page.goto('/aenderungen/');

  await page
    .getByRole('list', { name: 'Alle Änderungen' })
    .getByRole('link', { name: 'Die Cloud ist unsicher.' })
    .click();

  await expect(page).toHaveURL(/\/behauptungen\/cloud-ist-unsicher\/#aenderungen$/);
  await expect(page.getByRole('heading', { name: 'Änderungen an dieser Seite' })).toBeInViewport();
});

test('the feed a page announces is served as RSS with the changes in it', async ({ page, request }) => {
  await page.goto('/behauptungen/diagnosedaten/');
  const announced = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');

  // The announced address is the public one (SITE_URL); the test site serves the same path.
  const response = await request.get(new URL(announced ?? '').pathname);

  expect(response.ok()).toBe(true);
  const body = await response.text();
  expect(body).toMatch(/^<\?xml[^>]*\?><rss version="2.0">/);
  expect(body).toContain('/behauptungen/diagnosedaten/#aenderungen');
});
