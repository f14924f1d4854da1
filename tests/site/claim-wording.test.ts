/**
 * The claim pages in the site's own voice: summaries that stay within their source sentence,
 * neutral verbs, no claim put into anyone's mouth, Microsoft's verdict only as Microsoft's and
 * only where the source reports it, and every page readable on its own.
 */
import { load as parseYaml } from 'js-yaml';
import { readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Model } from '../../src/data/model';
import { isVersionPath } from '../../src/routes';
import { titled } from '../../src/strings';
import { loadModel } from '../helpers/load-content';
import { all, mainText, parsedPages, readText, textsOf, withoutRecorded, type Root } from '../helpers/html';

const SOURCE = readFileSync('content/quelltext.txt', 'utf8');
/** The other reports as the register records them (summary and words, from the sources README). */
const REPORTS = parseYaml(readFileSync('content/berichte.yaml', 'utf8')) as Record<
  string,
  { summary: string; words?: { text: string }[] }
>;
// The pages as they read today: a version's own page and the notes of versions record what
// pages said before (versions.test.ts checks them).
const pages = parsedPages()
  .filter((page) => !isVersionPath(page.address))
  .map((page) => ({ address: page.address, page: withoutRecorded(page.tree) }));
const claimPages = pages
  .filter(({ address }) => /^\/behauptungen\/[^/]+\/$/.test(address))
  .map(({ address, page }) => [address, page] as const);
const pageAt = (address: string): Root => {
  const found = pages.find((candidate) => candidate.address === address);
  if (!found) throw new Error(`no built page ${address}`);
  return found.page;
};

let model: Model;

beforeAll(async () => {
  model = await loadModel('content');
});

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
/**
 * Words the sources have, lower-case: a summary may use these, in any inflection sharing the stem.
 * The text basis, and for the other reports what the register records of them (the sources README
 * holds no more of them than that).
 */
const sourceWords = new Set([
  ...wordsOf(SOURCE),
  ...Object.values(REPORTS).flatMap((report) => [
    ...wordsOf(report.summary),
    ...(report.words ?? []).flatMap((words) => wordsOf(words.text)),
  ]),
]);
/**
 * Words a summary needs to say whose words it reports, to write out the source's „z.B.“, or to
 * spell „zurecht“ as today's rules do („zu Recht“).
 */
const ALLOWED = new Set([
  'laut',
  'bericht',
  'dem',
  'zum',
  'beispiel',
  'etwa',
  'microsofts',
  'recht',
  // The reports a summary names.
  'heise',
  'online',
  'windowsunited',
]);
// Four letters: indirect speech („machten“, „müssten“) may become indicative („machen“, „müssen“).
const STEM = 4;

/** Words of a summary that the source does not use (by their first letters). */
function wordsNotInSource(summary: string): string[] {
  const stems = new Set([...sourceWords].map((word) => word.slice(0, STEM)));
  return (summary.toLowerCase().match(/[\p{L}]+/gu) ?? []).filter(
    (word) => word.length > 2 && !ALLOWED.has(word) && !sourceWords.has(word) && !stems.has(word.slice(0, STEM)),
  );
}

/** The site's own words on a page: its main text without quotations and without the reports' titles. */
function ownVoice(page: Root, titles: string[]): string {
  const [main] = all('main', page);
  if (!main) throw new Error('no <main>');
  const quotations = all('*', main).filter((element) => element.tagName === 'blockquote' || element.tagName === 'q');
  // The titles first: one contains a quotation that also stands on its own.
  let text = readText(main);
  for (const title of titles) text = text.replaceAll(titled(title), '').replaceAll(title, '');
  for (const quotation of quotations) text = text.replace(readText(quotation), '');
  return text;
}

/** The labelled summaries of a page: the one-line answer and every „sinngemäß“ block. */
const summariesOn = (page: Root): string[] => [
  ...all('div.in-short', page).flatMap((box) => textsOf('p.text', box)),
  ...all('div.summary', page).map((block: Element) =>
    readText(block).replace(/^Sinngemäß nach [^\n]+, kein wörtliches Zitat\n/, ''),
  ),
];

describe('summaries stay within the source', () => {
  test.each(claimPages)('every summary on %s says whose position it reports', (_address, page) => {
    for (const summary of summariesOn(page)) expect(summary, summary).toMatch(/^Laut /);
  });

  test.each(claimPages)('every summary on %s uses only words the source uses', (_address, page) => {
    const added = summariesOn(page).flatMap(wordsNotInSource);

    expect(added).toEqual([]);
  });

  test('the answers keep the source’s qualifiers', () => {
    const answer = (id: string) => summariesOn(pageAt(`/behauptungen/${id}/`))[0] ?? '';

    expect(answer('diagnosedaten')).toContain(
      'sehr nützlich, um die Anfälligkeit für Fehler und die Wahrscheinlichkeit von Sicherheitsrisiken zu verringern',
    );
    expect(answer('microsoft-ueberwacht-nutzer')).toContain('in vielen Fällen zwingende Voraussetzung');
    expect(answer('us-regierung-liest-mit')).toMatch(/etwa an Daten aus einem Schulunterricht/);
    expect(answer('us-regierung-liest-mit')).toContain('nationalen Sicherheit');
  });

  test('a title the statement does not give (Art. 32 „Sicherheit der Verarbeitung“) stands in no summary', () => {
    const summaries = claimPages.flatMap(([, page]) => summariesOn(page));

    expect(summaries.filter((summary) => summary.includes('Sicherheit der Verarbeitung'))).toEqual([]);
  });

  test.each(claimPages)('the site’s own voice on %s uses neutral verbs', (_address, page) => {
    const own = ownVoice(
      page,
      model.reports.flatMap((report) => (report.source.title ? [report.source.title] : [])),
    );

    expect(own).not.toMatch(/stellt klar|stellt fest|betont|unmissverständlich|hält (ihr|ihnen) entgegen|entgegenhält/);
  });

  test.each(claimPages)(
    'a summary on %s that reports indirect speech keeps it indirect: „laut …“ and the Konjunktiv, never a fact in the indicative',
    (_address, page) => {
      for (const summary of summariesOn(page)) {
        // Each clause after a semicolon is a sentence of its own to a reader: it must still say whose it is.
        for (const clause of summary.split(';').slice(1)) {
          expect(clause, summary).not.toMatch(/^\s*die US-Regierung (verlangt|nutzt)\b/);
        }
        expect(summary).not.toMatch(/Laut Stellungnahme (nutzt|müssen|machen)\b/);
        expect(summary).not.toMatch(/warum seine Produkte datenschutzkonform sind\b/);
      }
    },
  );

  test('the answers keep the qualifiers the source gives: „zuletzt“, „technologischen“, „auch zurecht“, „weitgehend regional“', () => {
    const text = (id: string) => mainText(pageAt(`/behauptungen/${id}/`));

    expect(text('nicht-datenschutzkonform')).toContain('zuletzt Gegenstand von Debatten');
    expect(text('cloud-ist-unsicher')).toContain('Vorschriften zum technologischen Schutz von Daten');
    expect(text('diagnosedaten')).toContain('auch zu Recht erwartete');
    expect(summariesOn(pageAt('/behauptungen/datentransfer-drittstaaten/'))[0]).toContain('weitgehend regional');
  });
});

describe('no claim is put into anyone’s mouth', () => {
  test.each(claimPages)(
    '%s labels a heading that is the site’s wording as such, and says the report quotes no claim',
    (_address, page) => {
      const [heading] = all('h1', page);
      const quoted = all('q', heading ?? page).length > 0;
      const header = readText(all('header.claim-header', page)[0] ?? page);

      if (quoted) {
        expect(header).toContain('Behauptung, wörtlich zitiert');
      } else {
        expect(header).toContain('Thema, in Worten dieser Website');
        expect(header).toContain(
          'Die Überschrift nennt das Thema in Worten dieser Website. Der Bericht zitiert hier keine Behauptung, sondern nur Microsofts Antwort.',
        );
        // A topic, not a sentence someone could be said to have claimed.
        expect(readText(heading ?? page)).not.toMatch(/[.!]$/);
      }
    },
  );

  test('the Diagnosedaten page states no claim about Diagnosedaten', () => {
    const [heading] = textsOf('h1', pageAt('/behauptungen/diagnosedaten/'));

    expect(heading).toBe('Diagnosedaten in den Produkten und Diensten von Microsoft');
    expect(mainText(pageAt('/behauptungen/diagnosedaten/'))).not.toMatch(/nicht wörtlich/);
  });
});

describe('Microsoft’s stance on a claim', () => {
  /** The source's paragraph with this claim's wording. */
  const paragraphOf = (wording: string) =>
    SOURCE.split(/\n\s*\n/).find((paragraph) => paragraph.includes(wording)) ?? '';

  test.each(claimPages)(
    '%s states it as Microsoft’s sentence, „falsch“ only where the source says so, „wendet sich gegen“ where it says that',
    (address, page) => {
      const claim = model.claims.find((candidate) => candidate.path === address);
      const verdicts = textsOf('p.verdict', page);
      const paragraph = claim?.verbatim ? paragraphOf(claim.wording) : '';

      if (/\bfalsch\b/i.test(paragraph)) {
        expect(verdicts).toEqual(['Microsoft Deutschland nennt diese Behauptung falsch.']);
      } else if (paragraph.includes('wendet sich der Konzern gegen Behauptungen')) {
        expect(verdicts).toEqual(['Microsoft Deutschland wendet sich gegen diese Behauptung.']);
      } else {
        expect(verdicts).toEqual([]);
        expect(mainText(page)).not.toContain('nennt diese Behauptung falsch');
      }
      expect(mainText(page)).not.toMatch(/Bewertung durch Microsoft Deutschland/);
    },
  );

  test('the pages with a stance are the three quoted claims; the topics have none', () => {
    const withVerdict = claimPages
      .filter(([, page]) => textsOf('p.verdict', page).length > 0)
      .map(([address]) => address);

    expect(withVerdict.sort()).toEqual([
      '/behauptungen/cloud-ist-unsicher/',
      '/behauptungen/microsoft-ueberwacht-nutzer/',
      '/behauptungen/us-regierung-liest-mit/',
    ]);
  });
});

describe('every page makes sense reached directly', () => {
  test.each(pages.map(({ address, page }) => [address, page] as const))(
    '%s refers to nothing only a previous page explains',
    (_address, page) => {
      expect(mainText(page)).not.toMatch(/auch diese Behauptung|ist auch diese|Und weiter:/);
    },
  );
});
