/**
 * What a reader does on any page in the browser: the keyboard's first stops, the search form
 * without JavaScript, the colour scheme, the reading column, print, and that nothing is
 * stored in the browser. The markup of every page is checked in tests/site/frame.test.ts.
 */
import { CLAIM_PAGES } from '../helpers/site';
import { expect, test } from './fixtures';

test.describe('an address that does not exist', () => {
  test.use({ allowedConsoleErrors: [/404/] });

  test('answers 404 with a German page that leads home and to the claims', async ({ page }) => {
    const response = await page.goto('/gibt-es-nicht/');

    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
    await page.getByRole('main').getByRole('link', { name: 'Alle Behauptungen und Themen von A bis Z' }).click();
    await expect(page).toHaveURL(/\/behauptungen\/$/);
    await page.goBack();
    await page.getByRole('main').getByRole('link', { name: 'Zur Startseite' }).click();
    await expect(page).toHaveURL(/\/$/);
  });
});

test('the skip link is the first stop for the keyboard and moves focus to the content', async ({ page }) => {
  await page.goto('/behauptungen/cloud-ist-unsicher/');

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');

  await expect(page.locator('main')).toBeFocused();
});

test("a focused link shows the site's own focus ring: 3 px in the focus colour, not the browser's default", async ({
  page,
}) => {
  await page.goto('/');
  const expected = await page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--focus').trim(),
  );

  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');

  const ring = await page.evaluate(() => {
    const element = document.activeElement ?? document.body;
    const style = getComputedStyle(element);
    // The custom property resolved the way the browser resolves colours, for comparison.
    const probe = document.createElement('span');
    probe.style.color = getComputedStyle(document.documentElement).getPropertyValue('--focus');
    document.body.append(probe);
    const focusColour = getComputedStyle(probe).color;
    probe.remove();
    return {
      tag: element.tagName,
      style: style.outlineStyle,
      width: style.outlineWidth,
      colour: style.outlineColor,
      focusColour,
    };
  });
  expect(expected).not.toBe('');
  expect(ring.tag).toBe('A');
  expect(ring.style).toBe('solid');
  expect(ring.width).toBe('3px');
  expect(ring.colour).toBe(ring.focusColour);
});

test('the search form works without JavaScript: it submits to the search page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');

  await page.getByRole('searchbox').fill('Diagnosedaten');
  await page.getByRole('searchbox').press('Enter');

  await expect(page).toHaveURL(/\/suche\/\?q=Diagnosedaten$/);
  await expect(page.locator('.claim-list .claim-title a')).toHaveCount(CLAIM_PAGES.length);
  await context.close();
});

test('the dark scheme follows the system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  await page.emulateMedia({ colorScheme: 'light' });
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  expect(light).toBe('rgb(255, 255, 255)');
  expect(dark).not.toBe(light);
});

test('the reading column holds 60 to 80 characters a line on a wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 2560, height: 1440 });
  await page.goto('/behauptungen/diagnosedaten/');

  const charsPerLine = await page
    .locator('.answer p')
    .first()
    .evaluate((paragraph) => {
      const probe = document.createElement('span');
      probe.textContent = 'abcdefghijklmnopqrstuvwxyzäöüß ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789,.';
      paragraph.append(probe);
      const average = probe.getBoundingClientRect().width / probe.textContent.length;
      probe.remove();
      return paragraph.getBoundingClientRect().width / average;
    });

  expect(charsPerLine).toBeGreaterThanOrEqual(60);
  expect(charsPerLine).toBeLessThanOrEqual(80);
});

test('print shows the text without navigation or search and writes link targets out', async ({ page }) => {
  await page.goto('/behauptungen/cloud-ist-unsicher/');
  await page.emulateMedia({ media: 'print' });

  await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeHidden();
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.getByText('Adresse dieser Seite: https://')).toBeVisible();
  const written = await page
    .locator('main a[href^="https://eur-lex"]')
    .evaluate((link) => getComputedStyle(link, '::after').content);
  expect(written).toContain('https://eur-lex.europa.eu/');
});

test('no page sets a cookie or stores anything in the browser', async ({ page, context }) => {
  for (const path of ['/', ...CLAIM_PAGES, '/suche/?q=Cloud']) await page.goto(path);

  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
});
