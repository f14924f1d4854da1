/**
 * „Auf einen Blick“ (/auf-einen-blick/) as markup: one real data table with every claim and
 * topic, its wording as the article gives it, Microsoft's stance as the source gives it (a plain
 * sentence, no badge), the one-line answer, the events of its Einordnung and a link to its page.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { readFileSync } from 'node:fs';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { builtHtml } from '../helpers/dist';
import { loadModel } from '../helpers/load-content';
import { ui } from '../../src/strings';

const model = await loadModel('content');
const page = builtHtml().find((built) => built.address === '/auf-einen-blick/');
const tree = fromHtml(page?.html ?? '');
const text = (node: Element | undefined) => (node ? toString(node).replace(/\s+/g, ' ').trim() : '');
/** Elements with this tag name inside `root`, in document order. */
function all(root: Element | ReturnType<typeof fromHtml> | undefined, tagName: string): Element[] {
  const found: Element[] = [];
  if (!root) return found;
  visit(root, 'element', (node: Element) => {
    if (node !== root && node.tagName === tagName) found.push(node);
  });
  return found;
}

const rows = all(all(all(tree, 'table')[0], 'tbody')[0], 'tr');

describe('the table on /auf-einen-blick/', () => {
  test('has a caption and a header cell with scope for every column and every row', () => {
    expect(all(tree, 'caption').map(text)).toEqual([ui.overview.caption]);
    expect(all(all(tree, 'thead')[0], 'th').map((cell) => cell.properties.scope)).toEqual([
      'col',
      'col',
      'col',
      'col',
      'col',
    ]);
    expect(rows.map((row) => all(row, 'th').map((cell) => cell.properties.scope))).toEqual(
      model.claims.map(() => ['row']),
    );
  });

  test('shows every claim in reading order, quoted word for word or marked as paraphrase', () => {
    expect(rows).toHaveLength(model.claims.length);
    model.claims.forEach((claim, index) => {
      const header = all(rows[index], 'th')[0];
      if (claim.verbatim) {
        expect(all(header, 'q').map(text)).toEqual([`„${claim.wording}“`]);
      } else {
        expect(all(header, 'q')).toEqual([]);
        expect(text(header)).toBe(`${claim.wording} (${ui.overview.paraphrase})`);
      }
    });
  });

  test("gives Microsoft's stance as the source gives it, in the sentence the claim page uses, and the one-line answer", () => {
    model.claims.forEach((claim, index) => {
      const [verdict, answer] = all(rows[index], 'td');
      expect(text(verdict)).toBe(
        claim.data.verdict ? ui.claim.verdicts[claim.data.verdict] : 'Keine: ein Thema, keine zitierte Behauptung.',
      );
      expect(text(answer)).toBe(claim.data.summary);
    });
  });

  test('never says the source gives no stance where it says Microsoft opposes a claim, and shows no stance as a badge', () => {
    const cloud = model.claims.findIndex((claim) => claim.id === 'cloud-ist-unsicher');

    expect(text(all(rows[cloud], 'td')[0])).toBe('Microsoft Deutschland wendet sich gegen diese Behauptung.');
    expect(page?.html).not.toContain('Die Quelle nennt keine Bewertung');
    expect(all(all(tree, 'table')[0], 'strong')).toEqual([]);
  });

  test('lists the events of each claim’s Einordnung, each linked to the timeline, says they are not part of the statement, and links its page', () => {
    expect(text(all(all(tree, 'thead')[0], 'th')[3])).toBe('Einordnung (nicht Teil der Stellungnahme)');
    model.claims.forEach((claim, index) => {
      const [, , events, link] = all(rows[index], 'td');
      const expected = model.eventsFor(claim.id);
      expect(all(events, 'a').map((anchor) => [anchor.properties.href, text(anchor)])).toEqual(
        expected.map((event) => [`/einordnung/#ereignis-${event.id}`, event.title]),
      );
      if (expected.length === 0) expect(text(events)).toBe('–Keine Ereignisse verzeichnet.');
      expect(all(link, 'a').map((anchor) => anchor.properties.href)).toEqual([claim.path]);
    });
  });

  test('is linked from the start page and listed in the sitemap', () => {
    const home = builtHtml().find((built) => built.address === '/')?.html ?? '';

    expect(home).toContain('href="/auf-einen-blick/"');
    expect(readFileSync('dist/sitemap-0.xml', 'utf8')).toMatch(/<loc>[^<]*\/auf-einen-blick\/<\/loc>/);
  });
});
