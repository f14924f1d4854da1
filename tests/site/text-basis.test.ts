/**
 * The site has reports' excerpts of Microsoft's statement, not the statement: every page must say
 * so, cite quotations „zitiert nach“ the report they come from, name titles as titles, and never
 * imply completeness. Checked on the text a reader gets from the built pages.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Model } from '../../src/data/model';
import { isVersionPath } from '../../src/routes';
import { titled } from '../../src/strings';
import { loadModel } from '../helpers/load-content';
import { all, mainText, parsedPages, readText, textsOf, withoutRecorded, type Root } from '../helpers/html';

// The pages as they read today: a version's own page and the notes of versions record what
// pages said before (they are checked in versions.test.ts).
const pages = parsedPages()
  .filter((page) => !isVersionPath(page.address))
  .map((page) => ({ address: page.address, page: withoutRecorded(page.tree) }));
const claimPages = pages.filter(({ address }) => /^\/behauptungen\/[^/]+\/$/.test(address));
const pageAt = (address: string): Root => {
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
      const basis = textsOf('.text-basis', page).join('\n');

      expect(basis).toContain(`der Bericht ${titled(model.report.title ?? '')} von ${model.report.publisher}`);
      expect(basis).toMatch(/in Auszügen zitiert und zusammenfasst/);
      expect(basis).toMatch(/etwa dreiseitiges Dokument im Format „Richtig\/Falsch“/);
      expect(basis).toMatch(/Zitate sind deshalb mit dem Bericht abgeglichen, nicht mit der Stellungnahme/);
      expect(basis).toMatch(/übereinstimmenden Wortlaut der Zitate/);
      const links = all('a', all('.text-basis', page)[0] ?? page).map((link) => link.properties.href);
      expect(links).toEqual(
        expect.arrayContaining([
          model.report.url,
          model.source('heise-stellungnahme').url,
          model.source('winfuture').url,
        ]),
      );
    },
  );

  test('the start page is headed by the site’s name, never by Microsoft’s question, and names the web post by its title', () => {
    const page = pageAt('/');
    const [heading] = textsOf('h1', page);
    const intro = mainText(page);

    expect(heading).toMatch(/^Dokumentation/);
    expect(model.statement.title).not.toContain(heading);
    expect(intro).toContain(`einen Beitrag mit dem Titel ${titled(model.statement.title ?? '')}`);
    expect(intro).not.toContain('So fragt Microsoft Deutschland im Titel seiner Stellungnahme');
  });

  test('the start page shows Microsoft’s answer under the question it answers in the report, not under the title of the web post', () => {
    const page = pageAt('/');
    const lines = mainText(page).split('\n');
    const answer = lines.indexOf(model.answer.text);

    expect(answer).toBeGreaterThan(0);
    expect(lines[answer - 1]).toMatch(
      /antwortet Microsoft auf die Frage, ob Microsoft 365 und Microsoft Teams in Unternehmen und im öffentlichen Sektor, insbesondere im Bildungsbereich, datenschutzkonform eingesetzt werden können:$/,
    );
  });

  test('wordings the report gives are never said to be the statement’s', () => {
    for (const { address, page } of pages) {
      expect(readText(page), address).not.toMatch(/wie sie die Stellungnahme wiedergibt|diese Worte von Microsoft/);
    }
  });
});

describe('quotations are cited „zitiert nach“ the report', () => {
  const publishers = () => model.reports.map((report) => report.source.publisher);

  test.each(everyPage)(
    'every quotation caption on %s names the speaker, then „(zitiert nach …)“ a report',
    (_address, page) => {
      for (const caption of textsOf('figcaption', page)) {
        const after = publishers().find((publisher) => caption.endsWith(` (zitiert nach ${publisher})`));
        expect(after, caption).toBeDefined();
        expect(caption.length, caption).toBeGreaterThan(` (zitiert nach ${after ?? ''})`.length);
      }
    },
  );

  test('a quotation after a report other than the text basis is cited after that report', () => {
    const page = pageAt('/behauptungen/datentransfer-drittstaaten/');
    const quoted = all('q', page).filter((q) => readText(q) === '„anerkannte Schutzmechanismen“');

    expect(quoted).toHaveLength(1);
    expect(mainText(page)).toContain('„anerkannte Schutzmechanismen“ (zitiert nach heise online)');
  });

  test('the start page’s answer reads „Microsoft Deutschland (zitiert nach einfachdigitallernen.de)“', () => {
    expect(textsOf('figcaption', pageAt('/'))).toEqual([
      'Microsoft Deutschland (zitiert nach einfachdigitallernen.de)',
    ]);
  });

  test('a quotation of a named person gives name and role as the report does, then „(zitiert nach …)“', () => {
    const captions = textsOf('figcaption', pageAt('/behauptungen/nicht-datenschutzkonform/'));

    expect(captions).toContain(
      'Wolfgang Döring, Leiter der Rechtsabteilung bei Microsoft Deutschland (zitiert nach einfachdigitallernen.de)',
    );
  });

  test.each(claimPages.map(({ address, page }) => [address, page] as const))(
    'the „Zitieren“ box on %s offers a quotation of the statement „zitiert nach“ the report, without an access date',
    (_address, page) => {
      const citations = textsOf('dd', page);

      expect(citations).toContain(
        `${model.statement.publisher}: ${titled(model.statement.title ?? '')}. Stellungnahme, ${model.statementPublished}, veröffentlicht unter ${model.statement.url}. Zitiert nach: ${model.report.publisher}: ${titled(model.report.title ?? '')}. ${model.report.url} (Wortlaut der Zitate abgeglichen am 6. Dezember 2026).`,
      );
    },
  );

  test.each(everyPage)(
    'the footer of %s names the report as the text basis, its title as a title, beside the statement',
    (_address, page) => {
      const [footer] = all('footer', page);
      const text = readText(footer ?? page);

      expect(text).toContain(
        `Textgrundlage: ${titled(model.report.title ?? '')} (${model.report.publisher}), ein Bericht über die Stellungnahme von Microsoft Deutschland vom ${model.statementPublished}`,
      );
      const links = all('a', footer ?? page).map((link) => link.properties.href);
      expect(links).toEqual(expect.arrayContaining([model.report.url, model.statement.url, '/berichte/']));
    },
  );
});

describe('titles in running text stand in „…“', () => {
  // The titles of the reports, the web post and the document, wherever a page's text names them.
  const titles = () => [
    ...model.reports.flatMap((report) => (report.source.title ? [report.source.title] : [])),
    model.statement.title ?? '',
    'Stellungnahme von Microsoft Deutschland zur Datenschutzkonformität von Microsoft 365 und Microsoft Teams',
  ];

  /** Each place where a title (as written, or with its inner quotation marks as ‚…‘) stands without an opening „ before it. */
  function unmarked(text: string, title: string): string[] {
    const found: string[] = [];
    for (const form of new Set([title, title.replaceAll('„', '‚').replaceAll('“', '‘')])) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        if (text[at - 1] !== '„') found.push(text.slice(Math.max(0, at - 25), at + form.length + 3));
      }
    }
    return found;
  }

  test('the check finds a title run into its sentence, as the footer and the text basis had it', () => {
    expect(
      unmarked(
        'Textgrundlage: Microsoft stellt klar: „Unsere Produkte“ (x)',
        'Microsoft stellt klar: „Unsere Produkte“',
      ),
    ).toHaveLength(1);
    expect(
      unmarked(
        'der Bericht „Microsoft stellt klar: ‚Unsere Produkte‘“ von x',
        'Microsoft stellt klar: „Unsere Produkte“',
      ),
    ).toEqual([]);
  });

  test.each(everyPage)('%s never runs a title into its sentence without marks', (_address, page) => {
    const text = readText(page);

    expect(titles().flatMap((title) => unmarked(text, title))).toEqual([]);
  });
});

describe('every page says whose position it presents, in one wording', () => {
  const disclosure = () =>
    `Diese Website dokumentiert die Position von Microsoft Deutschland, wie Berichte über seine Stellungnahme vom ${model.statementPublished} sie zitieren und zusammenfassen, vor allem der Bericht von ${model.report.publisher}. Sie gibt nicht die Sicht dieser Website wieder und ist keine unabhängige Prüfung und keine Rechtsberatung.`;

  test.each(everyPage)('%s carries the disclosure', (_address, page) => {
    expect(readText(page)).toContain(disclosure());
  });

  test.each(claimPages.map(({ address, page }) => [address, page] as const))(
    '%s carries it near the top, above Microsoft’s answer',
    (_address, page) => {
      const [header] = all('header.claim-header', page);

      expect(readText(header ?? page)).toContain(disclosure());
    },
  );

  test('no page writes the disclosure in another wording', () => {
    for (const { address, page } of pages) {
      const variants = readText(page)
        .split('\n')
        .filter((line) => line.includes('die Position von Microsoft Deutschland') && !line.includes(disclosure()));
      expect(variants, address).toEqual([]);
    }
  });

  test.each(everyPage)('%s never shows the disclosure twice in a row', (_address, page) => {
    const lines = readText(page).split('\n');

    expect(lines.filter((line, index) => line === disclosure() && lines[index + 1] === disclosure())).toEqual([]);
    // Nor separated only by the footer's start: the last line of the main content and the footer's first.
    const main = mainText(page).split('\n');
    expect(main.at(-1)).not.toBe(disclosure());
  });

  test.each(everyPage)(
    '%s gives Microsoft Deutschland one grammatical gender: „seine“, never „ihre“',
    (_address, page) => {
      expect(readText(page)).not.toMatch(/Microsoft Deutschland[^.]*\bihre[rmn]? Stellungnahme/);
    },
  );

  test('„Quellen und Methode“ is named one way in the navigation, the footer and the page itself', () => {
    const names = new Set<string>();
    for (const { page } of pages) {
      for (const link of all('a', page).filter((a) => a.properties.href === '/quellen/')) names.add(readText(link));
    }
    names.add(textsOf('h1', pageAt('/quellen/'))[0] ?? '');

    expect([...names]).toEqual(['Quellen und Methode']);
    for (const { address, page } of pages) expect(readText(page), address).not.toContain('Quellen & Methode');
  });

  test('the A–Z list is named one way wherever a page links to it', () => {
    const names = new Set<string>();
    for (const { page } of pages) {
      for (const link of all('a', page).filter((a) => a.properties.href === '/behauptungen/'))
        names.add(readText(link));
    }
    names.delete('Behauptungen und Themen'); // the navigation's short label

    expect([...names]).toEqual(['Alle Behauptungen und Themen von A bis Z']);
  });

  test('no page writes the number of claims in words: it would go stale with the next claim', () => {
    const numbers = /\b(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)\s+(weitere\s+)?(Behauptungen|Teile)\b/i;
    for (const { address, page } of pages) expect(mainText(page), address).not.toMatch(numbers);
  });
});
