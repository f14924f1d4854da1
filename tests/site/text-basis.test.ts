/**
 * The site has a trade-press report's excerpts of Microsoft's statement, not the statement: every
 * page must say so, cite quotations „zitiert nach“ the report, and never imply completeness.
 * Checked on the text a reader gets from the built pages.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Model } from '../../src/data/model';
import { isVersionPath } from '../../src/data/versions';
import { builtHtml } from '../helpers/dist';
import { loadModel } from '../helpers/load-content';
import { mainText, parsePage, readText, select, textsOf, withoutRecorded, type Page } from '../helpers/page-text';

// The pages as they read today: a version's own page and the notes of versions record what
// pages said before (they are checked in versions.test.ts).
const pages = builtHtml()
  .filter((page) => !page.isRedirect && !isVersionPath(page.address))
  .map((page) => ({ address: page.address, page: withoutRecorded(parsePage(page.html)) }));
const claimPages = pages.filter(({ address }) => /^\/behauptungen\/[^/]+\/$/.test(address));
const pageAt = (address: string): Page => {
  const found = pages.find((candidate) => candidate.address === address);
  if (!found) throw new Error(`no built page ${address}`);
  return found.page;
};
const everyPage = pages.map(({ address, page }) => [address, page] as const);

let model: Model;

beforeAll(async () => {
  model = await loadModel('content');
});

describe('the site never implies it shows the whole statement', () => {
  // Phrases a reader took as "this is the statement, complete": found on the site before.
  const completeness = [
    /ganze Stellungnahme in/i,
    /Behauptung für Behauptung/i,
    /Jede Behauptung, gegen die sich/i,
    /Alle Behauptungen, gegen die sich/i,
    /Alle Teile der Stellungnahme/i,
    /Lesereihenfolge/i,
    /Die vollständige Stellungnahme von Microsoft Deutschland:/i,
  ];

  test.each(everyPage)('%s says nothing that presents the excerpts as the whole statement', (_address, page) => {
    const text = readText(page);

    expect(completeness.filter((phrase) => phrase.test(text)).map(String)).toEqual([]);
  });

  test.each(['/', '/stellungnahme/', '/quellen/'])(
    '%s says that the text basis is the report’s excerpts, checked against the report, and how the report was identified',
    (address) => {
      const page = pageAt(address);
      const basis = textsOf(page, '.text-basis').join('\n');

      expect(basis).toContain(`${model.report.title ?? ''} (${model.report.publisher})`);
      expect(basis).toMatch(/in Auszügen zitiert und zusammenfasst/);
      expect(basis).toMatch(/etwa dreiseitiges Dokument im Format „Richtig\/Falsch“/);
      expect(basis).toMatch(/Zitate sind deshalb mit dem Bericht abgeglichen, nicht mit der Stellungnahme/);
      expect(basis).toMatch(/übereinstimmenden Wortlaut der Zitate/);
      const links = select(select(page, '.text-basis')[0] ?? page, 'a').map((link) => link.properties.href);
      expect(links).toEqual(
        expect.arrayContaining([
          model.report.url,
          model.source('heise-stellungnahme').url,
          model.source('winfuture').url,
        ]),
      );
    },
  );

  test('the start page says its heading is the title of Microsoft’s statement and points to the Einordnung', () => {
    const page = pageAt('/');
    const [heading] = textsOf(page, 'h1');
    const [note] = select(page, '.question-source');

    expect(model.statement.title).toContain(heading);
    expect(readText(note ?? page)).toBe(
      `So fragt Microsoft Deutschland im Titel seiner Stellungnahme vom ${model.statementPublished}. Was davor und danach geschah, zeigt die Einordnung.`,
    );
    expect(select(note ?? page, 'a').map((link) => link.properties.href)).toEqual(['/einordnung/']);
  });

  test('wordings the report gives are never said to be the statement’s', () => {
    for (const { address, page } of pages) {
      expect(readText(page), address).not.toMatch(/wie sie die Stellungnahme wiedergibt|diese Worte von Microsoft/);
    }
  });
});

describe('quotations are cited „zitiert nach“ the report', () => {
  test.each(everyPage)('every quotation caption on %s names the speaker, then „(zitiert nach …)“', (_address, page) => {
    const expected = ` (zitiert nach ${model.report.publisher})`;

    for (const caption of textsOf(page, 'figcaption')) {
      expect(caption.endsWith(expected), caption).toBe(true);
      expect(caption.length, caption).toBeGreaterThan(expected.length);
    }
  });

  test('the start page’s answer reads „Microsoft Deutschland (zitiert nach einfachdigitallernen.de)“', () => {
    expect(textsOf(pageAt('/'), 'figcaption')).toEqual([
      'Microsoft Deutschland (zitiert nach einfachdigitallernen.de)',
    ]);
  });

  test('a quotation of a named person gives name and role as the report does, then „(zitiert nach …)“', () => {
    const captions = textsOf(pageAt('/behauptungen/nicht-datenschutzkonform/'), 'figcaption');

    expect(captions).toContain(
      'Wolfgang Döring, Leiter der Rechtsabteilung bei Microsoft Deutschland (zitiert nach einfachdigitallernen.de)',
    );
  });

  test.each(claimPages.map(({ address, page }) => [address, page] as const))(
    'the „Zitieren“ box on %s offers a quotation of the statement „zitiert nach“ the report, without an access date',
    (_address, page) => {
      const citations = textsOf(page, 'dd');
      const title = (value: string | undefined) => `„${(value ?? '').replaceAll('„', '‚').replaceAll('“', '‘')}“`;

      expect(citations).toContain(
        `${model.statement.publisher}: ${title(model.statement.title)}. Stellungnahme, ${model.statementPublished}, veröffentlicht unter ${model.statement.url}. Zitiert nach: ${model.report.publisher}: ${title(model.report.title)}. ${model.report.url} (Wortlaut der Zitate abgeglichen am 6. Dezember 2026).`,
      );
    },
  );

  test.each(everyPage)('the footer of %s names the report as the text basis beside the statement', (_address, page) => {
    const [footer] = select(page, 'footer');
    const text = readText(footer ?? page);

    expect(text).toContain(
      `Textgrundlage: ${model.report.title ?? ''} (${model.report.publisher}), ein Bericht über die Stellungnahme ${model.statement.title ?? ''} (${model.statement.publisher}, ${model.statementPublished})`,
    );
    const links = select(footer ?? page, 'a').map((link) => link.properties.href);
    expect(links).toEqual(expect.arrayContaining([model.report.url, model.statement.url]));
  });
});

describe('every page says whose position it presents, in one wording', () => {
  const disclosure = () =>
    `Diese Website gibt die Position von Microsoft Deutschland wieder, wie ein Bericht über ihre Stellungnahme vom ${model.statementPublished} sie zitiert und zusammenfasst, nicht die Sicht dieser Website. Sie ist keine unabhängige Prüfung und keine Rechtsberatung.`;

  test.each(everyPage)('%s carries the disclosure', (_address, page) => {
    expect(readText(page)).toContain(disclosure());
  });

  test.each(claimPages.map(({ address, page }) => [address, page] as const))(
    '%s carries it near the top, above Microsoft’s answer',
    (_address, page) => {
      const [header] = select(page, 'header.claim-header');

      expect(readText(header ?? page)).toContain(disclosure());
    },
  );

  test('no page writes the disclosure in another wording', () => {
    for (const { address, page } of pages) {
      const variants = readText(page)
        .split('\n')
        .filter(
          (line) => line.includes('gibt die Position von Microsoft Deutschland wieder') && !line.includes(disclosure()),
        );
      expect(variants, address).toEqual([]);
    }
  });

  test('„Quellen und Methode“ is named one way in the navigation, the footer and the page itself', () => {
    const names = new Set<string>();
    for (const { page } of pages) {
      for (const link of select(page, 'a').filter((a) => a.properties.href === '/quellen/')) names.add(readText(link));
    }
    names.add(textsOf(pageAt('/quellen/'), 'h1')[0] ?? '');

    expect([...names]).toEqual(['Quellen und Methode']);
    for (const { address, page } of pages) expect(readText(page), address).not.toContain('Quellen & Methode');
  });

  test('the A–Z list is named one way wherever a page links to it', () => {
    const names = new Set<string>();
    for (const { page } of pages) {
      for (const link of select(page, 'a').filter((a) => a.properties.href === '/behauptungen/'))
        names.add(readText(link));
    }
    names.delete('Behauptungen'); // the navigation's short label

    expect([...names]).toEqual(['Alle Behauptungen von A bis Z']);
  });

  test('no page writes the number of claims in words: it would go stale with the next claim', () => {
    const numbers = /\b(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)\s+(weitere\s+)?(Behauptungen|Teile)\b/i;
    for (const { address, page } of pages) expect(mainText(page), address).not.toMatch(numbers);
  });
});
