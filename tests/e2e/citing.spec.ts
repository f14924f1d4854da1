import { site } from '../../src/site.config';
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

test('the „Zitieren“ box copies a citation of this page in its current version with today as the access date, and one of a quotation after the report without one', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/behauptungen/cloud-ist-unsicher/');
  const box = page.getByRole('region', { name: 'Zitieren' });
  const stand = await page.locator(STAND).innerText();
  // The newest version comes first in the page's list of versions.
  const latest = page
    .getByRole('region', { name: 'Fassungen dieser Seite' })
    .getByRole('listitem')
    .first()
    .getByRole('link');
  const versionUrl = new URL(
    (await latest.getAttribute('href')) ?? '',
    (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '',
  ).href;

  const button = box.getByRole('button', { name: 'Zitierangaben kopieren' });
  await expect(button).toHaveText('Zitierangaben kopieren');
  await button.click();
  await expect(box.locator('copy-citation [aria-live="polite"]')).toHaveText('Zitierangaben kopiert');

  const copied = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
  expect(copied).toEqual([
    `[Platzhalter: Name des Betreibers] (Hrsg.): „Die Cloud ist unsicher.“ In: ${site.name}. Stand: ${stand}. ${versionUrl} (abgerufen am ${today()}).`,
    `Microsoft Deutschland: „Sind Microsoft 365 und Microsoft Teams datenschutzkonform? Die Antwort lautet: Ja“. Stellungnahme, August 2022, veröffentlicht unter ${STATEMENT_URL}. Zitiert nach: einfachdigitallernen.de: „Microsoft stellt klar: ‚Unsere Produkte und Dienste sind datenschutzkonform‘“. ${REPORT_URL} (Wortlaut der Zitate abgeglichen am 6. Dezember 2026).`,
  ]);
  await expect(box).toContainText(`abgerufen am ${today()}`);
});

test('a page that is no claim offers the same box, citing its own current version', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/einordnung/');
  const box = page.getByRole('region', { name: 'Zitieren' });

  await box.getByRole('button', { name: 'Zitierangaben kopieren' }).click();
  await expect(box.locator('copy-citation [aria-live="polite"]')).toHaveText('Zitierangaben kopiert');

  const [citation] = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
  expect(citation).toMatch(
    /^\[Platzhalter: Name des Betreibers\] \(Hrsg\.\): Einordnung: Ereignisse vor und nach der Stellungnahme\. In: .+ Stand: \d{1,2}\. \S+ \d{4}\. https?:\/\/\S+\/einordnung\/fassungen\/\d{4}-\d{2}-\d{2}\/ \(abgerufen am /,
  );
});
