import { pdfText } from '../helpers/pdf-text';
import { CLAIM_PAGES, expect, test } from './fixtures';

const STATEMENT_URL =
  'https://news.microsoft.com/de-de/sind-microsoft-365-und-microsoft-teams-datenschutzkonform-die-antwort-lautet-ja/';
const REPORT_URL =
  'https://www.einfachdigitallernen.de/schultraeger/microsoft-stellt-klar-unsere-produkte-und-dienste-sind-datenschutzkonform/';

/** Addresses may wrap at the end of a printed line; compare them without white space. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

for (const path of CLAIM_PAGES) {
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
      'Impressum',
    ]) {
      expect(text, `printed page shows „${chrome}“`).not.toContain(chrome);
    }
  });
}
