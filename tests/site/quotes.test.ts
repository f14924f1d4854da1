/**
 * Every quotation on the built site (`<blockquote>`, `<q>`) is a quotation of the register, or
 * words of Microsoft's as another report prints them (content/berichte.yaml), word for word; the
 * register itself is checked against the source in the unit tests. A `<q>` carries its „…“ in its
 * text.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, test } from 'vitest';
import { builtHtml } from '../helpers/dist';
import { loadModel } from '../helpers/load-content';
import { withoutRecorded } from '../helpers/page-text';

const pages = builtHtml().filter((page) => !page.isRedirect);
let register: Set<string>;

beforeAll(async () => {
  const model = await loadModel('content');
  register = new Set([
    ...model.allQuotes.map((quote) => quote.text),
    ...model.reports.flatMap((report) => report.words.map((words) => words.text)),
  ]);
});

/**
 * The text of every quotation element on a page, white space folded as a browser shows it; a `<q>`
 * without its „…“. Not what the page records of earlier versions: their text stands as it was
 * published, also where a quotation was corrected since.
 */
function quotationsOn(html: string): string[] {
  const shown: string[] = [];
  visit(withoutRecorded(fromHtml(html)), 'element', (node: Element) => {
    const text = toString(node).replace(/\s+/g, ' ').trim();
    if (node.tagName === 'blockquote') shown.push(text);
    if (node.tagName === 'q') shown.push(/^„.*“$/s.test(text) ? text.slice(1, -1) : `(without its „…“) ${text}`);
  });
  return shown;
}

describe('quotations on the built site', () => {
  test('the claim pages show quotations at all', () => {
    expect(quotationsOn(pages.find((page) => page.address === '/behauptungen/diagnosedaten/')?.html ?? '')).not.toEqual(
      [],
    );
  });

  test.each(pages.map((page) => [page.address, page.html]))(
    'every quotation on %s comes word for word from the register',
    (_address, html) => {
      expect(quotationsOn(html).filter((text) => !register.has(text))).toEqual([]);
    },
  );
});
