import { readFileSync } from 'node:fs';
import { bodyReferences } from '../../src/data/model';
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

for (const path of CLAIM_PAGES) {
  test(`every quotation on ${path} has its register anchor with a link and a copy button`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const slug = path.split('/')[2] ?? '';
    const quoted = bodyReferences(readFileSync(`content/behauptungen/${slug}.mdx`, 'utf8'))
      .filter((reference) => reference.component === 'Quote')
      .map((reference) => reference.id);
    expect(quoted.length, path).toBeGreaterThan(0);

    await page.goto(path);

    for (const key of quoted) {
      const quote = page.locator(`figure#zitat-${key}`);
      await expect(quote.locator('blockquote')).toBeVisible();
      const controls = page.locator(`.quote-block:has(> figure#zitat-${key}) > copy-link`);
      await expect(controls.getByRole('link')).toHaveAttribute('href', `#zitat-${key}`);
      await expect(controls.getByRole('button', { name: /^Link kopieren: Zitat von / })).toBeVisible();
    }
  });

  test(`every section heading on ${path} has a copy button beside its anchor link`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(path);

    const headings = page.locator('main :is(h2, h3)');
    const count = await headings.count();
    for (let index = 0; index < count; index += 1) {
      const text = (await headings.nth(index).textContent())?.trim() ?? '';
      await expect(page.getByRole('button', { name: `Link kopieren: Abschnitt „${text}“` }), path).toBeVisible();
    }
  });
}
