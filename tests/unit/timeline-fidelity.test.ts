/**
 * The „Einordnung“ may only state what ../shared/sources/README.md lists, with its addresses.
 * These tests pin the timeline's dates and addresses to that list.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Model } from '../../src/data/model';
import { loadModel } from '../helpers/load-content';

let model: Model;

beforeAll(async () => {
  model = await loadModel('content');
});

// Date and address of every event, as the sources README gives them ("Later events").
const documented: [id: string, date: string, address: string][] = [
  ['schrems-ii', '2020-07-16', 'https://curia.europa.eu/jcms/upload/docs/application/pdf/2020-07/cp200091en.pdf'],
  [
    'lfdi-bw-schulen',
    '2022-04',
    'https://www.heise.de/news/Datenschutzbeauftragter-will-Microsoft-365-aus-Schulen-verbannen-7064231.html',
  ],
  ['stellungnahme', '2022-08', 'https://www.reuschlaw.de/news/faq-zu-telemetrie-und-diagnosedaten-in-microsoft-365/'],
  [
    'eo-14086',
    '2022-10-07',
    'https://privacyacrossborders.org/2025/09/04/where-are-we-now-on-the-transatlantic-voyage/',
  ],
  [
    'dsk-festlegung',
    '2022-11-24',
    'https://www.datenschutzkonferenz-online.de/media/dskb/2022_24_11_festlegung_MS365_abschlussbericht.pdf',
  ],
  [
    'microsoft-antwort-dsk',
    '2022-11-25',
    'https://news.datenschutz-schule.info/2022/12/01/microsoft-reagiert-auf-die-bewertung-der-dsk-zu-ms365',
  ],
  [
    'dsk-neubewertung',
    '2023-01-31',
    'https://www.reuschlaw.de/news/datenschutzkonferenz-startet-neubewertung-zu-microsoft-365/',
  ],
  [
    'lfdi-bw-taetigkeitsbericht',
    '2023-02',
    'https://www.heise.de/news/Schadenersatz-droht-Datenschuetzer-mahnt-Aus-fuer-Microsoft-365-an-Schulen-an-7493247.html',
  ],
  ['data-privacy-framework', '2023-07-10', 'https://eur-lex.europa.eu/legal-content/DE/TXT/?uri=CELEX:32023D1795'],
  [
    'edsb-kommission',
    '2024-03-08',
    'https://www.euronews.com/next/2024/03/11/european-commission-ordered-to-bring-microsoft-365-use-in-line-with-eu-data-rules',
  ],
  [
    'eu-data-boundary',
    '2025-02-26',
    'https://blogs.microsoft.com/on-the-issues/2025/02/26/microsoft-completes-landmark-eu-data-boundary-offering-enhanced-data-residency-and-transparency/',
  ],
  [
    'microsoft-france-senat',
    '2025-06-10',
    'https://www.actuia.com/jp/news/donnees-sensibles-et-cloud-act-microsoft-france-admet-ne-pas-pouvoir-sopposer-a-une-injonction-americaine',
  ],
  [
    'edsb-abschluss',
    '2025-07-11',
    'https://www.edps.europa.eu/press-publications/press-news/press-releases/2025/european-commission-brings-use-microsoft-365-compliance-data-protection-rules-eu-institutions-and-bodies_en',
  ],
  ['latombe', '2025-09-03', 'https://eur-lex.europa.eu/eli/C/2025/6610/oj/eng'],
  [
    'hbdi-hessen',
    '2025-11-14',
    'https://datenschutzticker.de/2025/11/hbdi-einsatz-von-microsoft-365-datenschutzkonform',
  ],
];

/** What the sources README says an event does not cover, or how far it goes: the timeline must say it too. */
const limits: [id: string, words: string[]][] = [
  ['edsb-kommission', ['betrifft die Organe und Einrichtungen der EU, nicht Verantwortliche in den Mitgliedstaaten']],
  ['hbdi-hessen', ['nicht die Technik der Produkte', 'nicht förmlich aufgehoben', 'unter Bedingungen']],
  ['latombe', ['Rechtsmittel']],
  ['microsoft-france-senat', ['unter Eid', 'nicht garantieren']],
  ['microsoft-antwort-dsk', ['nicht die Stellungnahme, um die es auf dieser Website geht']],
];

describe('the timeline', () => {
  test('cites the Schrems II judgment itself beside the press release', () => {
    const schrems = model.timeline.find((event) => event.id === 'schrems-ii');

    expect(schrems?.sources.map((source) => source.url)).toContain(
      'https://eur-lex.europa.eu/legal-content/DE/TXT/?uri=CELEX:62018CJ0311',
    );
  });

  test('holds exactly the documented events, oldest first', () => {
    expect(model.timeline.map((event) => [event.id, event.date.iso])).toEqual(
      documented.map(([id, date]) => [id, date]),
    );
  });

  test.each(documented)('%s cites the address the sources README gives', (id, _date, address) => {
    const event = model.timeline.find((candidate) => candidate.id === id);

    expect(event?.sources.map((source) => source.url)).toContain(address);
  });

  test('dates the statement to the month only', () => {
    const statement = model.timeline.find((event) => event.statement);

    expect(statement?.date).toEqual({ iso: '2022-08', precision: 'month' });
    expect(model.statement.published).toBe('August 2022');
  });

  test.each(limits)('%s says what the sources say it does not cover', (id, words) => {
    const event = model.timeline.find((candidate) => candidate.id === id);

    for (const phrase of words) expect(event?.text, id).toContain(phrase);
  });

  test('a page that shows Schrems II also shows what answered it: EO 14086, the adequacy decision and the Latombe judgment', () => {
    const showing = model.claims.filter((claim) => claim.data.events.includes('schrems-ii'));

    expect(showing.length).toBeGreaterThan(0);
    for (const claim of showing) {
      expect(claim.data.events, claim.id).toEqual(
        expect.arrayContaining(['eo-14086', 'data-privacy-framework', 'latombe']),
      );
    }
  });

  test('every page that quotes a report on transfers or US authorities has an Einordnung: no topic of the debate is left without context', () => {
    for (const id of ['nicht-datenschutzkonform', 'datentransfer-drittstaaten', 'us-regierung-liest-mit']) {
      expect(model.eventsFor(id).length, id).toBeGreaterThan(0);
    }
  });

  test('uses neutral sentences: no verdict words', () => {
    for (const event of model.timeline) {
      expect(`${event.title} ${event.text}`, event.id).not.toMatch(
        /\b(richtig|falsch|zu Recht|zu Unrecht|endlich|leider|widerlegt|bestätigt)\b/i,
      );
    }
  });
});
