import { REPORT_URL, STATEMENT_URL } from '../helpers/site';
import { expect, test } from './fixtures';

/** The „Stand“ shown in a claim page's header. */
const STAND = '.meta dt:text-is("Stand") + dd';

/** Today as a German reader's browser writes it, e.g. „27. November 2026“. */
const today = () =>
  new Intl.DateTimeFormat('de-DE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Berlin',
  }).format(new Date());

test('the „Zitieren“ box copies citations of the statement, of a quotation after the report and of the page with today as the access date', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/behauptungen/cloud-ist-unsicher/');
  const box = page.getByRole('region', { name: 'Zitieren' });
  const pageUrl = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
  const stand = await page.locator(STAND).innerText();

  const button = box.getByRole('button', { name: 'Zitierangaben kopieren' });
  await expect(button).toHaveText('Zitierangaben kopieren');
  await button.click();
  await expect(box.locator('copy-citation [aria-live="polite"]')).toHaveText('Zitierangaben kopiert');

  const copied = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
  expect(copied).toEqual([
    `Microsoft Deutschland: Sind Microsoft 365 und Microsoft Teams datenschutzkonform? Die Antwort lautet: Ja. Stellungnahme, August 2022. ${STATEMENT_URL} (abgerufen am ${today()}).`,
    `Microsoft Deutschland: Sind Microsoft 365 und Microsoft Teams datenschutzkonform? Die Antwort lautet: Ja. Stellungnahme, August 2022. Zitiert nach: einfachdigitallernen.de: Microsoft stellt klar: „Unsere Produkte und Dienste sind datenschutzkonform“. ${REPORT_URL} (abgerufen am ${today()}).`,
    `„Die Cloud ist unsicher.“ In: Microsofts Stellungnahme zu Microsoft 365. Stand: ${stand}. ${pageUrl} (abgerufen am ${today()}).`,
  ]);
  await expect(box.locator('copy-citation [aria-live="polite"]')).toHaveText('Zitierangaben kopiert');
  await expect(box).toContainText(`abgerufen am ${today()}`);
});
