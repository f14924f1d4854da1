/**
 * Every built page has the site's frame: German, a title, one main heading, the icon in the
 * page itself, the skip link, the navigation, the search form that works without JavaScript,
 * and the footer that says whose position the site presents and where it comes from. Every
 * section heading has an anchor; every published address is in the build and every page is
 * published.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readAddressList } from '../../src/data/addresses';
import { isVersionPath } from '../../src/routes';
import { builtHtml, pageAddresses } from '../helpers/dist';
import { accessibleName, all, attr, one, parse, parsedPages, readableText, scopeClassed, text } from '../helpers/html';
import { site } from '../../src/site.config';
import { CLAIM_PAGES, STATEMENT_URL } from '../helpers/site';

const pages = parsedPages().filter((page) => page.address.endsWith('/'));

/** An SVG's elements in order with their attributes' names, and its text: what survives a shorter spelling of its values. */
const svgShape = (svg: string) => {
  const tree = parse(svg, { fragment: true, space: 'svg' });
  return {
    elements: all('*', tree).map((element) => [element.tagName, Object.keys(element.properties)]),
    text: text(tree),
  };
};
const addressList = readAddressList('content');

describe('the pages of the build', () => {
  test('are every published claim page and the fixed pages', () => {
    expect(pageAddresses()).toEqual(
      expect.arrayContaining([
        '/',
        '/behauptungen/',
        ...CLAIM_PAGES,
        '/stellungnahme/',
        '/quellen/',
        '/impressum/',
        '/datenschutz/',
        '/barrierefreiheit/',
        '/suche/',
      ]),
    );
  });

  test('are all in the list of published addresses', () => {
    const listed = new Set(addressList.entries.map((entry) => entry.path));

    expect(pageAddresses().filter((page) => !listed.has(page))).toEqual([]);
  });

  test('answer every published address: a page, or for a moved address a page that forwards to its new place', () => {
    const built = new Map(builtHtml().map((page) => [page.address, page]));

    const problems = addressList.entries.flatMap(({ path, redirect }) => {
      const page = built.get(path);
      if (!page) return existsSync(`dist${path}`) && !path.endsWith('/') ? [] : [`${path}: not in the build`];
      if (redirect === undefined) return page.isRedirect ? [`${path}: forwards although it is not moved`] : [];
      return page.html.includes(`url=${redirect}"`) ? [] : [`${path}: does not forward to ${redirect}`];
    });

    expect(problems).toEqual([]);
  });
});

describe.each(pages.map((page) => [page.address, page] as const))('%s', (_address, page) => {
  const { tree } = page;

  test("is German, titled with the site's name and has exactly one main heading", () => {
    expect(attr(one('html', tree), 'lang')).toBe('de');
    expect(text(one('title', tree)).endsWith(site.name)).toBe(true);
    expect(all('h1', tree)).toHaveLength(1);
  });

  test('carries the site icon itself, as a data: address of public/favicon.svg, so it costs no request', () => {
    const href = attr(one('link[rel="icon"]', tree), 'href') ?? '';
    const [scheme, svg = ''] = href.split(/,(.*)/s);

    expect(scheme).toBe('data:image/svg+xml');
    expect(svgShape(decodeURIComponent(svg))).toEqual(svgShape(readFileSync('public/favicon.svg', 'utf8')));
  });

  test('starts with a skip link to the main content and has the main navigation', () => {
    const skip = one('body a', tree);
    expect(text(skip)).toBe('Zum Inhalt springen');
    expect(attr(skip, 'href')).toBe(`#${attr(one('main', tree), 'id') ?? '(main has no id)'}`);
    expect(all('nav[aria-label="Hauptnavigation"] a', tree).length).toBeGreaterThan(0);
  });

  test('has a search form that submits the query to /suche/ without JavaScript', () => {
    const form = one('form[role="search"]', tree);
    expect(attr(form, 'action')).toBe('/suche/');
    expect(attr(form, 'method')).toBe('get');
    expect(attr(one('input[type="search"]', form), 'name')).toBe('q');
  });

  test('has a footer that says whose position the site presents and links the statement, the legal pages and the accessibility statement', () => {
    const footer = one('footer', tree);
    const links = new Map(all('a', footer).map((link) => [readableText(link), attr(link, 'href')]));

    expect(text(footer)).toContain('keine unabhängige Prüfung und keine Rechtsberatung');
    expect(links.get('Impressum')).toBe('/impressum/');
    expect(links.get('Datenschutz')).toBe('/datenschutz/');
    expect(links.get('Barrierefreiheit')).toBe('/barrierefreiheit/');
    expect([...links.values()]).toContain(STATEMENT_URL);
  });

  test('gives every section heading an id and an anchor link named after it', () => {
    // Titles inside lists of claims are links themselves, not sections. A version's own page has
    // none to link: its address is canonical to the page, where a copied link would lead, and
    // the headings of its text are a record, not sections of its own.
    const headings = isVersionPath(_address) ? [] : all('main :is(h2, h3, h4):not(.claim-title)', tree);

    const problems = headings.flatMap((heading) => {
      const id = attr(heading, 'id');
      const name = `Link zum Abschnitt „${text(heading)}“`;
      const anchor = all('a', tree).find((link) => accessibleName(link) === name);
      if (!id) return [`„${text(heading)}“ has no id`];
      return anchor && attr(anchor, 'href') === `#${id}` ? [] : [`„${text(heading)}“ has no anchor link to #${id}`];
    });

    expect(problems).toEqual([]);
  });

  test('carries none of the markup only the search indexer reads (metadata, filters, weights, results of their own)', () => {
    const indexOnly = all(
      '[data-pagefind-meta], [data-pagefind-filter], [data-pagefind-weight], [data-search-record], [data-search-title]',
      tree,
    );

    expect(indexOnly.map((element) => element.tagName)).toEqual([]);
  });

  test('carries none of the marks only the build reads: term-link exclusions, and Astro scope classes in the header and footer', () => {
    expect(all('[data-no-term-links]', tree).map((element) => element.tagName)).toEqual([]);
    expect(scopeClassed(all('header.site-header *, footer.site-footer *', tree))).toEqual([]);
  });
});
