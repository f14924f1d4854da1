/**
 * „Auf einen Blick“ (/auf-einen-blick/) as markup: one real data table with every claim, its
 * wording as the article gives it, Microsoft's verdict only where the source states one, the
 * one-line answer, the claim's Einordnung and a link to its page.
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
    expect(all(tree, 'caption').map(text)).toEqual(['Die Behauptungen und Microsofts Antworten']);
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
        expect(all(header, 'q').map(text)).toEqual([claim.wording]);
      } else {
        expect(all(header, 'q')).toEqual([]);
        expect(text(header)).toBe(`${claim.wording} (${ui.overview.paraphrase})`);
      }
    });
  });

  test("gives Microsoft's verdict only where the source states one, and the one-line answer", () => {
    model.claims.forEach((claim, index) => {
      const [verdict, answer] = all(rows[index], 'td');
      expect(text(verdict)).toBe(
        claim.data.verdict ? ui.claim.verdicts[claim.data.verdict] : '–Die Quelle nennt keine Bewertung.',
      );
      expect(text(answer)).toBe(claim.data.summary);
    });
  });

  test('lists the Einordnung of each claim and links its page', () => {
    model.claims.forEach((claim, index) => {
      const [, , events, link] = all(rows[index], 'td');
      const expected = model.eventsFor(claim.id).map((event) => event.text);
      for (const event of expected) expect(text(events)).toContain(event);
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
