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

// Date and address of every event, as the sources README gives them.
const documented: [id: string, date: string, address: string][] = [
  ['schrems-ii', '2020-07-16', 'https://curia.europa.eu/jcms/upload/docs/application/pdf/2020-07/cp200091en.pdf'],
  [
    'lfdi-bw-schulen',
    '2022-04',
    'https://www.heise.de/news/Datenschutzbeauftragter-will-Microsoft-365-aus-Schulen-verbannen-7064231.html',
  ],
  ['stellungnahme', '2022-08', 'https://www.reuschlaw.de/news/faq-zu-telemetrie-und-diagnosedaten-in-microsoft-365/'],
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
  ['data-privacy-framework', '2023-07-10', 'https://www.datenschutz.rlp.de/themen/microsoft-office-365'],
  [
    'eu-data-boundary',
    '2025-02-26',
    'https://blogs.microsoft.com/on-the-issues/2025/02/26/microsoft-completes-landmark-eu-data-boundary-offering-enhanced-data-residency-and-transparency/',
  ],
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

  test('uses neutral sentences: no verdict words', () => {
    for (const event of model.timeline) {
      expect(event.text, event.id).not.toMatch(
        /\b(richtig|falsch|zu Recht|zu Unrecht|endlich|leider|widerlegt|bestätigt)\b/i,
      );
    }
  });
});
