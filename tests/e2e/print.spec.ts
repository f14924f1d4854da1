import { pdfText } from '../helpers/pdf-text';
import { REPORT_URL, STATEMENT_URL } from '../helpers/site';
import { expect, test } from './fixtures';

/** The claim page with the most kinds of content: quotations of two speakers, summaries, events. */
const path = '/behauptungen/nicht-datenschutzkonform/';

/** Addresses may wrap at the end of a printed line; compare them without white space. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

test(`${path} printed on A4 shows the claim, the quotations with attribution, the source and its own address`, async ({
  page,
}) => {
  await page.goto(path);
  const wording = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
  const quotations = await page.locator('main figure.quote').evaluateAll((figures) =>
    figures.map((figure) => ({
      text: figure.querySelector('blockquote')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
      speaker: figure.querySelector('.speaker')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
    })),
  );
  const pageUrl = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';

  const { text, pages } = await pdfText(await page.pdf({ format: 'A4', printBackground: false }));

  expect(pages).toBeGreaterThanOrEqual(1);
  expect(text).toContain(wording);
  expect(quotations.length).toBeGreaterThan(0);
  for (const quotation of quotations) {
    expect(text).toContain(quotation.text);
    expect(text).toContain(`${quotation.speaker} (zitiert nach einfachdigitallernen.de`);
  }
  expect(text).toContain('Microsofts Antwort in einem Satz');
  expect(squeeze(text)).toContain(squeeze(`Adresse dieser Seite: ${pageUrl}`));
  expect(squeeze(text)).toContain(squeeze(`(${STATEMENT_URL})`));
  expect(squeeze(text)).toContain(squeeze(`(${REPORT_URL})`));
  for (const chrome of [
    'Hauptnavigation',
    'Zum Inhalt springen',
    'Behauptungen und Zitate durchsuchen',
    'Link kopieren',
    'Nächste Behauptung',
    'Nächstes Thema',
    'Impressum',
  ]) {
    expect(text, `printed page shows „${chrome}“`).not.toContain(chrome);
  }
});

test('a version’s page printed in black and white keeps deleted words struck through and inserted words underlined', async ({
  page,
}) => {
  await page.goto('/behauptungen/cloud-ist-unsicher/fassungen/2026-12-02/');
  await page.emulateMedia({ media: 'print' });

  const lines = await page
    .locator('.version-changes')
    .evaluate((changes) =>
      ['del', 'ins'].map((tag) => getComputedStyle(changes.querySelector(tag) ?? changes).textDecorationLine),
    );
  const { text } = await pdfText(await page.pdf({ format: 'A4', printBackground: false }));

  expect(lines).toEqual(['line-through', 'underline']);
  expect(text).toContain('Änderungen gegenüber der Fassung vom 26. November 2026');
  expect(text).toContain('Zur Seite in ihrer aktuellen Fassung');
});
