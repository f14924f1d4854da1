import { CLAIM_PAGES, expect, quotationRegister, test } from './fixtures';

test("the start page asks the headline question and gives Microsoft's answer", async ({ page }) => {
  await page.goto('/');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Sind Microsoft 365 und Microsoft Teams datenschutzkonform?',
  );
  await expect(page.locator('#zitat-antwort-eindeutig-ja blockquote')).toHaveText('Die Antwort lautet eindeutig ja.');
});

test("the start page lists every claim with Microsoft's one-line answer, linking to its page", async ({ page }) => {
  await page.goto('/');

  const items = page.locator('.claim-list > li');
  await expect(items).toHaveCount(CLAIM_PAGES.length);
  for (const [index, path] of CLAIM_PAGES.entries()) {
    const item = items.nth(index);
    await expect(item.getByRole('link')).toHaveAttribute('href', path);
    await expect(item.locator('.answer')).toHaveText(/^Laut Microsoft Deutschland .+\.$/);
  }
});

test('the claims index lists every claim A–Z', async ({ page }) => {
  await page.goto('/behauptungen/');

  const titles = await page.locator('.claim-title').allTextContents();
  const sorted = [...titles].sort((a, b) => a.localeCompare(b, 'de', { sensitivity: 'base' }));
  expect(titles).toHaveLength(CLAIM_PAGES.length);
  expect(titles).toEqual(sorted);
});

test('the statement page has every part in reading order, each linking to its claim page', async ({ page }) => {
  await page.goto('/stellungnahme/');

  const links = page.getByRole('link', { name: /^Zur Seite/ });
  await expect(links).toHaveCount(CLAIM_PAGES.length);
  for (const [index, path] of CLAIM_PAGES.entries()) {
    await expect(links.nth(index)).toHaveAttribute('href', path);
  }
  // Every statement quotation of the claim pages is here too.
  const statements = Object.values(quotationRegister()).filter((quote) => quote.kind === 'aussage');
  await expect(page.locator('figure.quote')).toHaveCount(statements.length);
});

test('the sources page discloses what the site is and is not', async ({ page }) => {
  await page.goto('/quellen/');

  await expect(page.getByRole('main')).toContainText('keine unabhängige Prüfung und keine Rechtsberatung');
  await expect(page.getByRole('main')).toContainText('August 2022');
  await expect(page.getByRole('link', { name: /heise online/ }).first()).toHaveAttribute(
    'href',
    /^https:\/\/www\.heise\.de\//,
  );
});

test('the legal pages show unfinished operator details as marked placeholders', async ({ page }) => {
  await page.goto('/impressum/');
  await expect(page.getByText('[Platzhalter: Name des Betreibers]')).toBeVisible();

  await page.goto('/datenschutz/');
  await expect(page.getByRole('main')).toContainText('keine Cookies');
  await expect(page.getByText('[Platzhalter: Speicherdauer der Server-Protokolle]')).toBeVisible();
});

test('no page sets a cookie or stores anything in the browser', async ({ page, context }) => {
  for (const path of ['/', ...CLAIM_PAGES, '/suche/?q=Cloud']) await page.goto(path);

  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
});
