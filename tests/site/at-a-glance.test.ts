/**
 * „Auf einen Blick“ (/auf-einen-blick/) as markup: one real data table with every claim and
 * topic, its wording as the article gives it, Microsoft's stance as the source gives it (a plain
 * sentence, no badge), the one-line answer, the events of its Einordnung and a link to its page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { all, one, parsedPage, text, type Element } from '../helpers/html';
import { loadModel } from '../helpers/load-content';
import { ui } from '../../src/strings';

const model = await loadModel('content');
const page = parsedPage('/auf-einen-blick/');
const table = one('table', page.tree);
const rows = all('tbody tr', table);
const headerCells = all('thead th', table);

/** The row of the claim at `index` in reading order; fails when the table has none. */
function row(index: number): Element {
  const found = rows[index];
  if (!found) throw new Error(`the table has no row ${String(index + 1)}`);
  return found;
}

/** The `n`th data cell (from 1) of the claim's row. */
const cell = (index: number, n: number): Element => one(`td:nth-of-type(${String(n)})`, row(index));

describe('the table on /auf-einen-blick/', () => {
  test('has a caption and a header cell with scope for every column and every row', () => {
    expect(all('caption', page.tree).map((caption) => text(caption))).toEqual([ui.overview.caption]);
    expect(headerCells.map((header) => header.properties.scope)).toEqual(['col', 'col', 'col', 'col', 'col']);
    expect(rows.map((claim) => all('th', claim).map((header) => header.properties.scope))).toEqual(
      model.claims.map(() => ['row']),
    );
  });

  test('shows every claim in reading order, quoted word for word or marked as paraphrase', () => {
    expect(rows).toHaveLength(model.claims.length);
    model.claims.forEach((claim, index) => {
      const header = one('th', row(index));
      if (claim.verbatim) {
        expect(all('q', header).map((quotation) => text(quotation))).toEqual([`„${claim.wording}“`]);
      } else {
        expect(all('q', header)).toEqual([]);
        expect(text(header)).toBe(`${claim.wording} (${ui.overview.paraphrase})`);
      }
    });
  });

  test("gives Microsoft's stance as the source gives it, in the sentence the claim page uses, and the one-line answer", () => {
    model.claims.forEach((claim, index) => {
      expect(text(cell(index, 1))).toBe(
        claim.data.verdict ? ui.claim.verdicts[claim.data.verdict] : 'Keine: ein Thema, keine zitierte Behauptung.',
      );
      expect(text(cell(index, 2))).toBe(claim.data.summary);
    });
  });

  test('never says the source gives no stance where it says Microsoft opposes a claim, and shows no stance as a badge', () => {
    const cloud = model.claims.findIndex((claim) => claim.id === 'cloud-ist-unsicher');

    expect(text(cell(cloud, 1))).toBe('Microsoft Deutschland wendet sich gegen diese Behauptung.');
    expect(page.html).not.toContain('Die Quelle nennt keine Bewertung');
    expect(all('strong', table)).toEqual([]);
  });

  test('lists the events of each claim’s Einordnung, each linked to the timeline, says they are not part of the statement, and links its page', () => {
    expect(text(headerCells[3])).toBe('Einordnung (nicht Teil der Stellungnahme)');
    model.claims.forEach((claim, index) => {
      const events = cell(index, 3);
      const expected = model.eventsFor(claim.id);
      expect(all('a', events).map((anchor) => [anchor.properties.href, text(anchor)])).toEqual(
        expected.map((event) => [`/einordnung/#ereignis-${event.id}`, event.title]),
      );
      if (expected.length === 0) expect(text(events)).toBe('–Keine Ereignisse verzeichnet.');
      expect(all('a', cell(index, 4)).map((anchor) => anchor.properties.href)).toEqual([claim.path]);
    });
  });

  test('is linked from the start page and listed in the sitemap', () => {
    const home = parsedPage('/').html;

    expect(home).toContain('href="/auf-einen-blick/"');
    expect(readFileSync('dist/sitemap-0.xml', 'utf8')).toMatch(/<loc>[^<]*\/auf-einen-blick\/<\/loc>/);
  });
});
