/**
 * Every quotation on the built site (`<blockquote>`, `<q>`) is a quotation of the register, or
 * words of Microsoft's as another report prints them (content/berichte.yaml), word for word; the
 * register itself is checked against the source in the unit tests. A `<q>` carries its „…“ in its
 * text.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { all, parsedPage, parsedPages, text, withoutRecorded, type Root } from '../helpers/html';
import { loadModel } from '../helpers/load-content';

const pages = parsedPages();
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
function quotationsOn(page: Root): string[] {
  return all('blockquote, q', withoutRecorded(page)).map((node) => {
    const shown = text(node);
    if (node.tagName === 'blockquote') return shown;
    return /^„.*“$/s.test(shown) ? shown.slice(1, -1) : `(without its „…“) ${shown}`;
  });
}

describe('quotations on the built site', () => {
  test('the claim pages show quotations at all', () => {
    expect(quotationsOn(parsedPage('/behauptungen/diagnosedaten/').tree)).not.toEqual([]);
  });

  test.each(pages.map((page) => [page.address, page.tree]))(
    'every quotation on %s comes word for word from the register',
    (_address, tree) => {
      expect(quotationsOn(tree).filter((shown) => !register.has(shown))).toEqual([]);
    },
  );
});
