import { CLAIM_PAGES, expect, test } from './fixtures';
import { pageAddresses } from '../helpers/dist';

const pages = pageAddresses();

test('the build contains every published claim page and the fixed pages', () => {
  expect(pages).toEqual(
    expect.arrayContaining([
      '/',
      '/behauptungen/',
      ...CLAIM_PAGES,
      '/stellungnahme/',
      '/quellen/',
      '/impressum/',
      '/datenschutz/',
      '/barrierefreiheit/',
      '/suche/',
    ]),
  );
});

for (const path of pages) {
  test(`${path} answers in German with the site's frame`, async ({ page }) => {
    const response = await page.goto(path);

    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page).toHaveTitle(/Microsofts Stellungnahme zu Microsoft 365/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'Zum Inhalt springen' })).toBeAttached();
    await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeVisible();
    const search = page.getByRole('search');
    await expect(search).toHaveAttribute('action', '/suche/');
    await expect(search.getByRole('searchbox')).toHaveAttribute('name', 'q');
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('link', { name: 'Impressum', exact: true })).toBeVisible();
    await expect(footer.getByRole('link', { name: 'Datenschutz', exact: true })).toBeVisible();
    await expect(footer.getByRole('link', { name: 'Barrierefreiheit', exact: true })).toHaveAttribute(
      'href',
      '/barrierefreiheit/',
    );
    await expect(footer).toContainText('keine unabhängige Prüfung und keine Rechtsberatung');
    await expect(
      footer.getByRole('link', { name: /Sind Microsoft 365 und Microsoft Teams datenschutzkonform/ }),
    ).toHaveAttribute(
      'href',
      'https://news.microsoft.com/de-de/sind-microsoft-365-und-microsoft-teams-datenschutzkonform-die-antwort-lautet-ja/',
    );
  });
}

test.describe('an address that does not exist', () => {
  test.use({ allowedConsoleErrors: [/404/] });

  test('answers 404 with a German page that leads home and to the claims', async ({ page }) => {
    const response = await page.goto('/gibt-es-nicht/');

    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
    await page.getByRole('main').getByRole('link', { name: 'Alle Behauptungen von A bis Z' }).click();
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

test('focus is visible on links', async ({ page }) => {
  await page.goto('/');

  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');

  const outline = await page.evaluate(() => getComputedStyle(document.activeElement ?? document.body).outlineStyle);
  expect(outline).not.toBe('none');
});

test('the search form works without JavaScript: it submits to the search page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');

  await page.getByRole('searchbox').fill('Diagnosedaten');
  await page.getByRole('searchbox').press('Enter');

  await expect(page).toHaveURL(/\/suche\/\?q=Diagnosedaten$/);
  await expect(page.locator('.claim-list .claim-title a')).toHaveCount(5);
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

test('the reading column stays within 60–75 characters on a wide screen', async ({ page }) => {
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
