import { CLAIM_PAGES, expect, test } from './fixtures';

/** The „Stand“ shown in a claim page's header. */
const STAND = '.meta dt:text-is("Stand") + dd';

const STATEMENT_URL =
  'https://news.microsoft.com/de-de/sind-microsoft-365-und-microsoft-teams-datenschutzkonform-die-antwort-lautet-ja/';

/** Today as a German reader's browser writes it, e.g. „27. November 2026“. */
const today = () =>
  new Intl.DateTimeFormat('de-DE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Berlin',
  }).format(new Date());

test('the „Zitieren“ box copies citations of the statement and of the page with today as the access date', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/behauptungen/cloud-ist-unsicher/');
  const box = page.getByRole('region', { name: 'Zitieren' });
  const pageUrl = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
  const stand = await page.locator(STAND).innerText();

  await box.getByRole('button', { name: 'Zitierangaben kopieren' }).click();
  await expect(box.locator('copy-citation [aria-live="polite"]')).toHaveText('Zitierangaben kopiert');

  const copied = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
  expect(copied).toEqual([
    `Microsoft Deutschland: Sind Microsoft 365 und Microsoft Teams datenschutzkonform? Die Antwort lautet: Ja. Stellungnahme, August 2022. ${STATEMENT_URL} (abgerufen am ${today()}).`,
    `„Die Cloud ist unsicher.“ In: Microsofts Stellungnahme zu Microsoft 365. Stand: ${stand}. ${pageUrl} (abgerufen am ${today()}).`,
  ]);
  await expect(box.locator('copy-citation [aria-live="polite"]')).toHaveText('Zitierangaben kopiert');
  await expect(box).toContainText(`abgerufen am ${today()}`);
});

test('a paraphrased claim is cited as „sinngemäß“, without quotation marks', async ({ page }) => {
  await page.goto('/behauptungen/diagnosedaten/');

  await expect(page.getByRole('region', { name: 'Zitieren' })).toContainText(
    'Diagnosedaten sind für den Betrieb der Produkte und Dienste von Microsoft nicht notwendig (sinngemäß). In: Microsofts Stellungnahme zu Microsoft 365.',
  );
});

test('without JavaScript the citations are there to select, with a marked place for the date', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/behauptungen/us-regierung-liest-mit/');

  const box = page.getByRole('region', { name: 'Zitieren' });
  await expect(box.getByRole('button')).toHaveCount(0);
  await expect(box).toContainText(`Stellungnahme, August 2022. ${STATEMENT_URL} (abgerufen am [Datum des Abrufs]).`);
  await expect(box).toContainText(
    `„die US-Regierung liest alles mit“. In: Microsofts Stellungnahme zu Microsoft 365. Stand: ${await page.locator(STAND).innerText()}.`,
  );
  await context.close();
});

for (const path of CLAIM_PAGES) {
  test(`${path} shows its „Stand“ and its change history`, async ({ page }) => {
    await page.goto(path);

    await expect(page.locator(STAND)).toHaveText(/^\d{1,2}\. \p{L}+ \d{4}$/u);
    const history = page.getByRole('region', { name: 'Änderungen an dieser Seite' });
    await expect(history.getByRole('listitem').first()).toHaveText(/^\d{1,2}\. \p{L}+ \d{4}: .+/u);
    await expect(history.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  });
}
