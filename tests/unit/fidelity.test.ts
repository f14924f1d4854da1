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
  test('holds every quotation after the text basis word for word as it stands in the source', () => {
    const notInSource = model.allQuotes
      .filter((quote) => quote.source.id === model.report.id && !SOURCE.includes(quote.text))
      .map((quote) => quote.id);

    expect(notInSource).toEqual([]);
  });

  test('holds every passage the source puts in quotation marks', () => {
    const registered = new Set(model.allQuotes.map((quote) => quote.text));

    expect(quotedInSource.length).toBeGreaterThanOrEqual(14);
    expect(quotedInSource.filter((text) => !registered.has(text))).toEqual([]);
  });

  test('the three claims the source quotes are verbatim claims, the topics paraphrases', () => {
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
    ).toEqual(['datentransfer-drittstaaten', 'diagnosedaten', 'nicht-datenschutzkonform']);
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
    // Qualifiers the source gives stay in the summary: „zuletzt“, „technologischen“, „auch zurecht“.
    [
      'nicht-datenschutzkonform',
      'zuletzt Gegenstand von Debatten',
      'Fragen wie diese waren zuletzt Gegenstand von Debatten',
    ],
    [
      'cloud-ist-unsicher',
      'Vorschriften zum technologischen Schutz von Daten',
      'Vorschriften zum technologischen Schutz von Daten',
    ],
    ['diagnosedaten', 'auch zu Recht erwartete', 'vom Kunden auch zurecht erwartete'],
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
        // Phrases of the text basis stand in summaries that follow the text basis (no `report`).
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

  test('„widerspricht“ stands exactly where the source says only that Microsoft opposes a claim', () => {
    expect(SOURCE).toContain(
      'wendet sich der Konzern gegen Behauptungen, die Microsoft-Lösungen betreffen – wie die: „Die Cloud ist unsicher.“',
    );

    const opposed = model.claims.filter((claim) => claim.data.verdict === 'widerspricht').map((claim) => claim.id);

    expect(opposed).toEqual(['cloud-ist-unsicher']);
  });

  test('a summary never states in the indicative what the source reports in indirect speech', () => {
    // „verlangt“, „nutzt“, „müssen“: the source says „nutzte“, „müssten“; a summary keeps the Konjunktiv.
    const us = model.claim('us-regierung-liest-mit');
    const diagnose = model.claim('diagnosedaten');

    expect(us.data.summary).not.toMatch(/die US-Regierung verlangt\b/);
    expect(us.data.summary).toContain('die US-Regierung verlange');
    expect(us.body).not.toMatch(/Laut Stellungnahme nutzt\b/);
    expect(diagnose.body).not.toMatch(/Laut Stellungnahme müssen\b/);
    expect(model.claim('nicht-datenschutzkonform').body).toContain('warum seine Produkte datenschutzkonform seien');
  });
});

/**
 * The other reports that quote the statement: their words exactly as ../shared/sources/README.md
 * records them ("Other reports that quote the statement"), and no others.
 */
const reportWords: Record<string, { url: string; words: string[] }> = {
  heise: {
    url: 'https://www.heise.de/news/Microsoft-365-und-Teams-sind-datenschutzkonform-meint-zumindest-Microsoft-7222881.html',
    words: [
      'insbesondere die einiger Datenschutzbehörden',
      'möglicherweise den Eindruck',
      'Interesse von US-Behörden (...) kann nicht ernsthaft behauptet werden',
      'um die Datenschutz-Rechte seiner Kunden zu verteidigen',
      'anerkannte Schutzmechanismen',
    ],
  },
  news4teachers: {
    url: 'https://www.news4teachers.de/2022/08/microsoft-versichert-schulen-unsere-produkte-und-dienste-sind-datenschutzkonform/',
    words: [
      // In the headline the README records: „Microsoft versichert Schulen: „Unsere Produkte und Dienste sind datenschutzkonform““.
      'Unsere Produkte und Dienste sind datenschutzkonform',
      'Die Antwort lautet eindeutig ja.',
      'Ein Interesse von US-Behörden an Daten aus einem Schulunterricht in Deutschland kann nicht ernsthaft behauptet werden',
      'Alle Microsoft Produkte und Dienste können … datenschutzkonform eingesetzt werden und sind auch selbst datenschutzkonform. Microsoft hält die Anforderungen des geltenden Datenschutzrechts ein',
    ],
  },
  winfuture: {
    url: 'https://winfuture.de/news,131337.html',
    words: ['Die US-Regierung liest alles mit', 'weitgehend regional in Rechenzentren in der EU'],
  },
  windowsunited: {
    url: 'https://windowsunited.de/microsoft-gibt-deutschen-datenschuetzern-innen-kontra',
    words: ['die US-Regierung liest alles mit', 'weitgehend regional in Rechenzentren der EU'],
  },
  'dr-windows': {
    url: 'https://www.supernature-forum.de/threads/microsoft-365-und-teams-sind-eindeutig-datenschutzkonform-%E2%80%93-sagt-microsoft.124675/',
    words: ['unrechtmäßige Herausgabeverlangen von Behörden oder Dritten.'],
  },
  tarnkappe: {
    url: 'https://tarnkappe.info/artikel/it-sicherheit/datenschutz/microsoft-deutschland-veroeffentlicht-nichtssagendes-statement-254333.html',
    words: [],
  },
};

describe('the other reports', () => {
  test('the register holds every report the sources README lists, with its address, and the text basis', () => {
    const others = model.reports.filter((report) => !report.textBasis);

    expect(Object.fromEntries(others.map((report) => [report.id, report.source.url]))).toEqual(
      Object.fromEntries(Object.entries(reportWords).map(([id, { url }]) => [id, url])),
    );
    expect(model.reports.filter((report) => report.textBasis).map((report) => report.source.id)).toEqual(['bericht']);
  });

  test.each(Object.entries(reportWords))(
    '%s: the words it prints, exactly as the README records them and no others',
    (id, { words }) => {
      expect(model.reportById(id).words.map((entry) => entry.text)).toEqual(words);
    },
  );

  test('a quotation after another report stands in that report word for word', () => {
    const others = model.allQuotes.filter((quote) => quote.source.id !== model.report.id);

    expect(others.length).toBeGreaterThan(0);
    for (const quote of others) {
      const report = model.reportOf(quote.source.id);
      expect(
        report?.words.some((words) => words.text.includes(quote.text)),
        quote.id,
      ).toBe(true);
    }
  });

  test('wording that differs between reports is told apart, never merged', () => {
    const datacentres = model
      .quote('doering-rechenzentren-eu')
      .alsoIn.map(({ report, words }) => [report.id, words.match]);
    const us = model.quote('us-behoerden-schulunterricht').alsoIn.map(({ report, words }) => [report.id, words.match]);

    expect(datacentres).toEqual(
      expect.arrayContaining([
        ['winfuture', 'auszug'],
        ['windowsunited', 'abweichend'],
      ]),
    );
    expect(us).toEqual(
      expect.arrayContaining([
        ['heise', 'auszug'],
        ['news4teachers', 'abweichend'],
      ]),
    );
    expect(model.quote('antwort-eindeutig-ja').alsoIn.map(({ report, words }) => [report.id, words.match])).toEqual([
      ['news4teachers', 'wortgleich'],
    ]);
  });
});
