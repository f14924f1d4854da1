import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { linkTerms, linkTermsInHtml, type LinkableTerm } from '../../src/lib/term-links';
import { loadModel, problemsAfter } from '../helpers/load-content';

const TERMS = 'begriffe.yaml';

describe('the glossary register', () => {
  test('resolves each entry with its address, sources and claims', async () => {
    const model = await loadModel();

    expect(model.glossary).toEqual([
      expect.objectContaining({
        id: 'gesetz',
        term: 'Ein Gesetz',
        names: ['EG', 'Beispielgesetz'],
        path: '/begriffe/#gesetz',
        sources: [expect.objectContaining({ id: 'gesetz', url: 'https://example.org/gesetz' })],
        claims: [expect.objectContaining({ id: 'erste-behauptung' })],
      }),
    ]);
    expect(model.termsFor('erste-behauptung').map((term) => term.id)).toEqual(['gesetz']);
    expect(model.termsFor('zweite-behauptung')).toEqual([]);
  });

  test('an unknown source fails with the file and the field', async () => {
    const problems = await problemsAfter(TERMS, (text) => text.replace('sources: [gesetz]', 'sources: [eurlex]'));

    expect(problems).toEqual([`${TERMS}: field "gesetz.sources" names "eurlex", which is not in quellen.yaml`]);
  });

  test('a missing source list fails with the file and the field', async () => {
    const problems = await problemsAfter(TERMS, (text) => text.replace('  sources: [gesetz]\n', ''));

    expect(problems).toEqual([`${TERMS}: field "gesetz.sources" is required (a list of source keys)`]);
  });

  test('an unknown claim fails with the file and the field', async () => {
    const problems = await problemsAfter(TERMS, (text) =>
      text.replace('claims: [erste-behauptung]', 'claims: [dritte-behauptung]'),
    );

    expect(problems).toEqual([
      `${TERMS}: field "gesetz.claims" names "dritte-behauptung", but there is no behauptungen/dritte-behauptung.mdx`,
    ]);
  });

  test('a name two entries share fails, since its link could lead to either', async () => {
    const problems = await problemsAfter(
      TERMS,
      (text) =>
        `${text}anderes:\n  term: Anderes Gesetz\n  names: [eg]\n  text: Noch ein Gesetz.\n  sources: [gesetz]\n  claims: [erste-behauptung]\n`,
    );

    expect(problems).toEqual([
      `${TERMS}: field "anderes.names" uses "eg", which is already a name of "gesetz"; each name belongs to one entry`,
    ]);
  });
});

const TERM_LIST: LinkableTerm[] = [
  { id: 'dsgvo', href: '/begriffe/#dsgvo', names: ['DS-GVO', 'DSGVO'] },
  { id: 'art-32', href: '/begriffe/#art-32', names: ['Art. 32 DS-GVO'] },
  { id: 'dsk', href: '/begriffe/#dsk', names: ['Datenschutzkonferenz', 'DSK'] },
];

function linked(html: string): { html: string; ids: string[] } {
  const tree: Root = fromHtml(html, { fragment: true });
  const ids = linkTerms(tree, TERM_LIST);
  return { html: toHtml(tree), ids };
}

describe('linkTerms', () => {
  test('links only the first use of a term on the page, whichever of its names comes first', () => {
    const result = linked('<p>Die DSK tagt.</p><p>Die Datenschutzkonferenz und die DSK.</p>');

    expect(result.html).toBe(
      '<p>Die <a href="/begriffe/#dsk" class="term-link">DSK</a> tagt.</p><p>Die Datenschutzkonferenz und die DSK.</p>',
    );
    expect(result.ids).toEqual(['dsk']);
  });

  test('never links inside a quotation, a claim wording, a heading or a link', () => {
    const html =
      '<figure><blockquote><p>DS-GVO</p></blockquote></figure><p><q>DSK</q> <span class="paraphrase">DSK</span></p>' +
      '<h3>DS-GVO</h3><p><a href="/x/">DSK</a></p><p>Nach der DSGVO und der DSK.</p>';

    const result = linked(html);

    expect(result.html).toContain('<blockquote><p>DS-GVO</p></blockquote>');
    expect(result.html).toContain('<q>DSK</q> <span class="paraphrase">DSK</span>');
    expect(result.html).toContain('<h3>DS-GVO</h3>');
    expect(result.html).toContain('<a href="/x/">DSK</a>');
    expect(result.html).toContain(
      '<p>Nach der <a href="/begriffe/#dsgvo" class="term-link">DSGVO</a> und der <a href="/begriffe/#dsk" class="term-link">DSK</a>.</p>',
    );
  });

  test('prefers the longer name at the same place and matches whole words only', () => {
    const result = linked('<p>Art. 32 DS-GVO verlangt es; DSKonferenz nicht.</p>');

    expect(result.html).toBe(
      '<p><a href="/begriffe/#art-32" class="term-link">Art. 32 DS-GVO</a> verlangt es; DSKonferenz nicht.</p>',
    );
  });

  test('leaves elements marked data-no-term-links alone', () => {
    const tree = fromHtml('<dl data-no-term-links><dd>DSK</dd></dl><p>DSK</p>', { fragment: true });

    linkTerms(tree, TERM_LIST);

    expect(toHtml(tree)).toBe(
      '<dl data-no-term-links=""><dd>DSK</dd></dl><p><a href="/begriffe/#dsk" class="term-link">DSK</a></p>',
    );
  });

  test('writes a page back without the data-no-term-links marks, which only the linking reads', () => {
    const html = linkTermsInHtml('<dl data-no-term-links><dd>DSK</dd></dl><p>DSK</p>', TERM_LIST);

    expect(html).toBe('<dl><dd>DSK</dd></dl><p><a href="/begriffe/#dsk" class="term-link">DSK</a></p>');
  });
});
