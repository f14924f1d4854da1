import { CLAIM_PAGES, expect, test } from './fixtures';

/** The canonical address of the built site (SITE_URL at build time), as pages declare it. */
async function canonical(page: import('@playwright/test').Page): Promise<string> {
  return (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
}

test.describe('with clipboard access', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('„Link kopieren“ next to a heading copies the full address of the section and says so', async ({ page }) => {
    await page.goto('/behauptungen/cloud-ist-unsicher/');

    await page.getByRole('button', { name: 'Link kopieren: Abschnitt „Quelle“' }).click();

    const status = page.locator('#quelle').locator('xpath=..').locator('[aria-live="polite"]');
    await expect(status).toHaveText('Link kopiert');
    await expect(status).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${await canonical(page)}#quelle`);
  });

  test('„Link kopieren“ under a quotation copies the address of the quotation', async ({ page }) => {
    await page.goto('/behauptungen/nicht-datenschutzkonform/');

    await page.getByRole('button', { name: 'Link kopieren: Zitat von Wolfgang Döring' }).first().click();

    await expect(page.locator('[aria-live="polite"]').filter({ hasText: 'Link kopiert' })).toHaveCount(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${await canonical(page)}#zitat-doering-datenschutzkonform`,
    );
  });

  test('the copy button works with the keyboard alone', async ({ page }) => {
    await page.goto('/behauptungen/cloud-ist-unsicher/');
    const anchor = page.getByRole('link', { name: 'Link zum Abschnitt „Quelle“' });
    await anchor.focus();

    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Link kopieren: Abschnitt „Quelle“' })).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(page.locator('[aria-live="polite"]').filter({ hasText: 'Link kopiert' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/#quelle$/);
  });

  test('when the browser refuses the clipboard, the address goes into the address bar instead', async ({ page }) => {
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
    });
    await page.goto('/behauptungen/cloud-ist-unsicher/');

    await page.getByRole('button', { name: 'Link kopieren: Abschnitt „Quelle“' }).click();

    await expect(page).toHaveURL(/\/behauptungen\/cloud-ist-unsicher\/#quelle$/);
    await expect(page.locator('[aria-live="polite"]').filter({ hasText: 'Kopieren nicht möglich' })).toBeVisible();
  });
});

test('without JavaScript there is no copy button, and the anchor link leads to the section', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/behauptungen/cloud-ist-unsicher/');

  await expect(page.getByRole('button', { name: /Link kopieren/ })).toHaveCount(0);
  await page.getByRole('link', { name: 'Link zum Zitat von Microsoft Deutschland' }).first().click();

  await expect(page).toHaveURL(/#zitat-cloud-sicherheit-verfuegbarkeit$/);
  await expect(page.locator('#zitat-cloud-sicherheit-verfuegbarkeit')).toBeInViewport();
  await context.close();
});

test('without the Clipboard API the button stays hidden and the anchor link remains', async ({ page }) => {
  // As in a page served over plain http: the browser offers no Clipboard API at all.
  await page.addInitScript(() => Reflect.deleteProperty(Navigator.prototype, 'clipboard'));
  await page.goto('/behauptungen/cloud-ist-unsicher/');

  await expect(page.getByRole('button', { name: /Link kopieren/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Link zum Abschnitt „Quelle“' })).toHaveAttribute('href', '#quelle');
});

test('once the script runs, every section heading and quotation of each claim page has a „Link kopieren“ button named after it', async ({
  page,
}) => {
  for (const address of CLAIM_PAGES) {
    await page.goto(address);

    const headings = page.locator('main .heading-wrapper');
    expect(await headings.count(), address).toBeGreaterThan(3);
    for (const wrapper of await headings.all()) {
      const heading = (await wrapper.getByRole('heading').textContent())?.replace(/\s+/g, ' ').trim() ?? '';
      await expect(
        wrapper.getByRole('button', { name: `Link kopieren: Abschnitt „${heading}“`, exact: true }),
        address,
      ).toBeVisible();
    }

    const quotes = page.locator('main .quote-block');
    expect(await quotes.count(), address).toBeGreaterThan(0);
    for (const quote of await quotes.all()) {
      // The speaker's name, without the role that follows it in the caption.
      const speaker = await quote.locator('.speaker').evaluate((element) => element.firstChild?.textContent?.trim());
      await expect(
        quote.getByRole('button', { name: `Link kopieren: Zitat von ${speaker ?? ''}`, exact: true }),
        address,
      ).toBeVisible();
    }

    // Each button shows the same short label; only its name says which passage it copies.
    const labels = await page.locator('main copy-link button').allTextContents();
    expect(new Set(labels), address).toEqual(new Set(['Link kopieren']));
  }
});
