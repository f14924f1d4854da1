/**
 * The link checker that runs over the built site: shown here on a small made-up site, so a
 * passing check over the real one means something.
 */
import { describe, expect, test } from 'vitest';
import { checkLinks, isVague, parsePage } from '../helpers/links';

const SITE = 'https://example.org/';
const page = (address: string, body: string, isRedirect = false) => ({
  address,
  isRedirect,
  html: `<!DOCTYPE html><html lang="de"><head><title>t</title></head><body>${body}</body></html>`,
});
const FILES = new Set(['/index.html', '/quellen/index.html', '/alt/index.html', '/favicon.svg', '/404.html']);

function problemsOf(body: string): string[] {
  const pages = [
    page('/', body),
    page('/quellen/', '<h2 id="gesetze">Gesetze</h2><a name="alt">alt</a>'),
    page('/alt/', '<a href="/quellen/">Weiter zu den Quellen</a>', true),
  ];
  return checkLinks(pages, FILES, SITE).problems;
}

describe('checkLinks', () => {
  test('accepts pages, files, fragments by id or name, and absolute links to the site itself', () => {
    expect(
      problemsOf(
        '<a href="/quellen/">Quellen</a><a href="/quellen/#gesetze">Gesetze</a><a href="/quellen/#alt">Alte Quellen</a>' +
          '<img src="/favicon.svg" alt=""><link rel="canonical" href="https://example.org/quellen/"><form action="/quellen/"></form>',
      ),
    ).toEqual([]);
  });

  test('reports a page that does not exist', () => {
    expect(problemsOf('<a href="/fehlt/">Fehlende Seite</a>')).toEqual([
      '/: <a> "/fehlt/" leads to a page that does not exist',
    ]);
  });

  test('reports a fragment without its element, also on the same page', () => {
    expect(problemsOf('<a href="/quellen/#gesetz">Gesetz</a><a href="#oben">Nach oben</a>')).toEqual([
      '/: <a> "/quellen/#gesetz" points to #gesetz, but /quellen/ has no element with that id',
      '/: <a> "#oben" points to #oben, but / has no element with that id',
    ]);
  });

  test('reports a missing file, a missing trailing slash and a link to a moved address', () => {
    expect(
      problemsOf('<img src="/bild.png" alt="Bild"><a href="/quellen">Quellen</a><a href="/alt/">Alte Adresse</a>'),
    ).toEqual([
      '/: <img> "/bild.png" leads to a file that does not exist',
      '/: <a> "/quellen" lacks the trailing slash; the server answers with a redirect to "/quellen/"',
      '/: <a> "/alt/" leads to a moved address; link to its new place',
    ]);
  });

  test('reports link texts that do not say where they lead', () => {
    expect(problemsOf('<a href="/quellen/">hier</a><a href="/quellen/"><span aria-hidden="true">#</span></a>')).toEqual(
      [
        '/: <a> "/quellen/" has the text "hier", which does not say where it leads',
        '/: <a> "/quellen/" has the text "", which does not say where it leads',
      ],
    );
  });

  test('lists links to other hosts without fetching them', () => {
    const pages = [
      page(
        '/',
        '<a href="https://eur-lex.europa.eu/x">DSGVO</a><a href="mailto:a@example.com">E-Mail an die Redaktion</a>',
      ),
    ];

    const { problems, external } = checkLinks(pages, FILES, SITE);

    expect(problems).toEqual([]);
    expect([...external.keys()]).toEqual(['https://eur-lex.europa.eu/x', 'mailto:a@example.com']);
  });
});

describe('isVague', () => {
  test.each(['hier', 'Hier.', 'mehr …', 'Link', 'klicken', 'Hier klicken!', ''])(
    '"%s" does not say where it leads',
    (text) => {
      expect(isVague(text)).toBe(true);
    },
  );

  test.each(['Quellen', 'Mehr zur Datenschutzkonferenz', 'Link zum Abschnitt „Gesetze“'])('"%s" does', (text) => {
    expect(isVague(text)).toBe(false);
  });
});

describe('parsePage', () => {
  test('names a link by aria-label, by aria-labelledby, or by its readable text with image alt texts', () => {
    const { links } = parsePage(
      '<p id="l">Zur Quelle</p><a href="/a/" aria-label="Anker A">#</a><a href="/b/" aria-labelledby="l">x</a>' +
        '<a href="/c/"><img src="/i.svg" alt="Startseite"></a><a href="/d/"><span aria-hidden="true">#</span> Abschnitt</a>',
    );

    expect(links.filter((link) => link.where === '<a>').map((link) => link.name)).toEqual([
      'Anker A',
      'Zur Quelle',
      'Startseite',
      'Abschnitt',
    ]);
  });
});
