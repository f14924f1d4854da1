/**
 * „Auf einen Blick“ as a reader uses it: on paper (one A4 page) and on a narrow phone.
 */
import { pdfText } from '../helpers/pdf-text';
import { expect, test } from './fixtures';

const PATH = '/auf-einen-blick/';

test('the table prints on one A4 page with every claim and answer, and without the page chrome', async ({ page }) => {
  await page.goto(PATH);
  const rows = await page.locator('table tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      claim: row.querySelector('th')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
      answer: row.querySelectorAll('td')[1]?.textContent.replace(/\s+/g, ' ').trim() ?? '',
    })),
  );

  const { text, pages } = await pdfText(await page.pdf({ format: 'A4', printBackground: false }));

  expect(pages).toBe(1);
  expect(rows.length).toBeGreaterThanOrEqual(5);
  for (const row of rows) {
    expect(text).toContain(row.claim);
    expect(text).toContain(row.answer);
  }
  expect(text).toContain('Die Behauptungen, Themen und Microsofts Antworten');
  for (const chrome of ['Hauptnavigation', 'Behauptungen und Zitate durchsuchen', 'Zur Seite', 'Impressum']) {
    expect(text, `printed page shows „${chrome}“`).not.toContain(chrome);
  }
});

test('at 320 px every claim reads as a labelled block and nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(PATH);

  const table = page.getByRole('table', { name: 'Die Behauptungen, Themen und Microsofts Antworten' });
  const firstRow = table.locator('tbody tr').first();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  const widest = await table
    .locator('th, td')
    .evaluateAll((cells) => Math.max(...cells.map((cell) => cell.getBoundingClientRect().right)));

  const labels = await firstRow
    .locator('td')
    .evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell, '::before').content));

  expect(overflow).toBeLessThanOrEqual(0);
  expect(widest).toBeLessThanOrEqual(320);
  expect(labels).toEqual([
    '"Haltung von Microsoft laut Bericht"',
    '"Microsofts Antwort in einem Satz"',
    '"Einordnung"',
    '"Seite"',
  ]);
});
