/**
 * The site must say exactly what the source says. These tests compare the real content with
 * the stored copy of the source text.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Model } from '../../src/data/model';
import { loadModel } from '../helpers/load-content';

const SOURCE = readFileSync('content/quelltext.txt', 'utf8');

/** Every passage the source puts in „…“, read paragraph by paragraph (one pull quote never closes). */
const quotedInSource = SOURCE.split(/\n\s*\n/).flatMap((paragraph) =>
  [...paragraph.matchAll(/„([^„“]*)“/g)].map((match) => match[1] ?? ''),
);

let model: Model;

beforeAll(async () => {
  model = await loadModel('content');
});

describe('the stored source text', () => {
  test('is the unchanged copy of ../shared/sources/000_4d1e6aaa3fb6154b.txt', () => {
    const hash = createHash('sha256').update(SOURCE).digest('hex');

    expect(hash).toBe('c76e583d346def761749b536d1e647f9f90bbe54d73dbef83039f85679d2eaec');
  });
});

describe('the quotation register', () => {
  test('holds every quotation word for word as it stands in the source', () => {
    const notInSource = model.allQuotes.filter((quote) => !SOURCE.includes(quote.text)).map((quote) => quote.id);

    expect(notInSource).toEqual([]);
  });

  test('holds every passage the source puts in quotation marks', () => {
    const registered = new Set(model.allQuotes.map((quote) => quote.text));

    expect(quotedInSource.length).toBeGreaterThanOrEqual(14);
    expect(quotedInSource.filter((text) => !registered.has(text))).toEqual([]);
  });

  test('the three claims the source quotes are verbatim claims, the other two paraphrases', () => {
    const verbatim = model.claims.filter((claim) => claim.verbatim).map((claim) => claim.wording);

    expect(verbatim.sort()).toEqual(
      [
        'Die Cloud ist unsicher.',
        'die US-Regierung liest alles mit',
        'Microsoft überwacht die Nutzer seiner Produkte und Dienste',
      ].sort(),
    );
    expect(
      model.claims
        .filter((claim) => !claim.verbatim)
        .map((claim) => claim.id)
        .sort(),
    ).toEqual(['diagnosedaten', 'nicht-datenschutzkonform']);
  });

  test("attributes Döring's three statements to him with the role the source gives", () => {
    const doering = model.allQuotes.filter((quote) => quote.speaker?.name === 'Wolfgang Döring');

    expect(doering.map((quote) => quote.id)).toEqual([
      'doering-datenschutzkonform',
      'doering-vertragliche-zusagen',
      'doering-rechenzentren-eu',
    ]);
    expect(SOURCE).toContain(`Wolfgang Döring, ${doering[0]?.speaker?.role}`);
  });
});

describe("every part of Microsoft's position appears on the site", () => {
  test('every statement quotation is shown on some claim page', () => {
    const shown = new Set(model.claims.flatMap((claim) => claim.quotes.map((quote) => quote.id)));
    const statements = model.allQuotes.filter((quote) => quote.kind === 'aussage').map((quote) => quote.id);

    expect(statements.filter((id) => !shown.has(id))).toEqual([]);
  });

  // What the source reports in indirect speech, with a phrase its summary must keep.
  const reported: [claim: string, phrase: string, inSource: string][] = [
    [
      'nicht-datenschutzkonform',
      'umfassenden Stellungnahme',
      'beantwortet der Konzern in einer umfassenden Stellungnahme',
    ],
    [
      'cloud-ist-unsicher',
      // The site's own text keeps „Art. 32“ together with a no-break space.
      'Art.\u00a032 DS-GVO',
      'Vorschriften zum technologischen Schutz von Daten (z. B. Art. 32 DS-GVO)',
    ],
    [
      'cloud-ist-unsicher',
      'an die technischen Gegebenheiten fortwährend anzupassen und weiterzuentwickeln',
      'den Schutz an die technischen Gegebenheiten fortwährend anzupassen',
    ],
    [
      'us-regierung-liest-mit',
      'wie Terrorismus, Cybersecurity-Angriffe und Waffenproliferation',
      'wie Terrorismus, Cybersecurity-Angriffe und Waffenproliferation',
    ],
    [
      'us-regierung-liest-mit',
      'schwerwiegenden Bedrohungen der nationalen Sicherheit',
      'zu schwerwiegenden Bedrohungen der nationalen Sicherheit',
    ],
    ['diagnosedaten', 'Ähnliches', 'Ähnliches gilt laut Microsoft für Diagnosedaten'],
    ['diagnosedaten', 'bestimmte Daten erfasst werden', 'müssten bestimmte Daten erfasst werden'],
    [
      'diagnosedaten',
      'die gewünschte Aktion des Nutzers auszuführen',
      'um die gewünschte Aktion des Nutzers auszuführen',
    ],
  ];

  test.each(reported)('%s summarises „%s“', (claim, phrase, inSource) => {
    expect(SOURCE).toContain(inSource);
    expect(model.claim(claim).body).toContain(phrase);
  });

  test('summaries of indirect speech are labelled, never dressed as quotations', () => {
    for (const claim of model.claims) {
      for (const [, phrase] of reported.filter(([id]) => id === claim.id)) {
        const summaries = [...claim.body.matchAll(/<Summary>([\s\S]*?)<\/Summary>/g)].map((match) => match[1]);
        expect(
          summaries.some((summary) => summary?.includes(phrase)),
          `${claim.id}: „${phrase}“`,
        ).toBe(true);
      }
    }
  });

  test("Microsoft's verdict „falsch“ is given exactly where the source states it", () => {
    expect(SOURCE).toContain('Falsch sei auch die Behauptung, „die US-Regierung liest alles mit“');
    expect(SOURCE).toContain(
      '„Microsoft überwacht die Nutzer seiner Produkte und Dienste“ – auch diese Behauptung sei falsch',
    );

    const withVerdict = model.claims.filter((claim) => claim.data.verdict === 'falsch').map((claim) => claim.id);

    expect(withVerdict.sort()).toEqual(['microsoft-ueberwacht-nutzer', 'us-regierung-liest-mit']);
  });
});
