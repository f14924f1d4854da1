/**
 * Parts of a page that the search lists as results of their own (`pageRecords`): what each
 * record holds, where it leads, and the marks that fail the build.
 */
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { searchRecord } from '../../src/lib/search-markup';
import { pageRecords } from '../../src/lib/search-records';

const attributes = (values: Record<string, string | undefined>) =>
  Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}="${String(value)}"`)
    .join(' ');

const entry = (anchor: string, title: string, text: string) =>
  `<section ${attributes(searchRecord('glossary', anchor, title))}><h2 id="${anchor}">${title}</h2><p>${text}</p><p data-pagefind-ignore>Quellen: X</p></section>`;

const page = (body: string) =>
  `<!doctype html><html lang="de"><head><title>Begriffe</title></head><body><nav>Menü</nav>${body}</body></html>`;

describe('pageRecords', () => {
  test('gives each marked part as a record at the page address with its anchor, titled, with its search body filters and no ids', () => {
    const html = page(
      `<div data-pagefind-body data-pagefind-filter="type:Begriff"><h1>Begriffe</h1>${entry('schrems-ii', 'Schrems II', 'Ein Urteil.')}${entry('dsk', 'Datenschutzkonferenz', 'Eine Konferenz.')}</div>`,
    );

    const { records, errors } = pageRecords(html, '/begriffe/');

    expect(errors).toEqual([]);
    expect(records.map((record) => record.url)).toEqual(['/begriffe/#schrems-ii', '/begriffe/#dsk']);
    const [first] = records.map((record) => fromHtml(record.content));
    expect(
      first && selectAll('html[lang="de"] [data-pagefind-body][data-pagefind-filter="type:Begriff"]', first),
    ).toHaveLength(1);
    expect(first && selectAll('[data-pagefind-filter="heading:Schrems II"]', first)).toHaveLength(1);
    expect(first && selectAll('[id], [data-search-record], [data-search-title]', first)).toEqual([]);
    expect(first && selectAll('h1, nav', first)).toEqual([]);
    expect(records[0]?.content).toContain('Ein Urteil.');
    expect(records[0]?.content).not.toContain('Eine Konferenz.');
    // What the page keeps out of the search stays out of the record, and weights go with it.
    expect(first && selectAll('p[data-pagefind-ignore]', first)).toHaveLength(1);
    expect(first && selectAll('section[data-pagefind-weight]', first)).toHaveLength(1);
  });

  test('a mark where the search does not look (outside every search body, or in an ignored part) is no record', () => {
    const html = page(
      `${entry('draussen', 'Draußen', 'Text.')}<div data-pagefind-body><div data-pagefind-ignore>${entry('ignoriert', 'Ignoriert', 'Text.')}</div></div>`,
    );

    expect(pageRecords(html, '/begriffe/')).toEqual({ records: [], errors: [] });
  });

  test('a mark without a title, or whose anchor is not inside the part, fails with the page and the anchor', () => {
    const html = page(
      `<div data-pagefind-body><section data-search-record="leer"><h2 id="leer">Leer</h2></section><section data-search-record="woanders" data-search-title="Woanders"><h2 id="anders">Woanders</h2></section></div>`,
    );

    expect(pageRecords(html, '/begriffe/').errors).toEqual([
      '/begriffe/: the search record "leer" has no title (data-search-title)',
      '/begriffe/: the search record "woanders" holds no element with that id, so its result would lead nowhere',
    ]);
  });
});
