import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { openDataCsv, openDataset } from '../../src/data/open-data';
import { site } from '../../src/site.config';
import { brokenCopy, FIXTURE, loadModel } from '../helpers/load-content';

describe('openDataset', () => {
  test('lists every source a page rests on: the reports it follows, what it links and its events’ sources, each once; not the statement, which no page has', async () => {
    const dataset = openDataset(await loadModel());

    expect(dataset.claims.find((claim) => claim.id === 'zweite-behauptung')?.sources).toEqual([
      'https://example.org/bericht',
      'https://example.org/gesetz',
    ]);
    expect(dataset.claims.find((claim) => claim.id === 'erste-behauptung')?.sources).toEqual([
      'https://example.org/bericht',
      'https://example.org/gesetz',
    ]);
    expect(dataset.claims.flatMap((claim) => claim.sources)).not.toContain(dataset.statement.url);
  });

  test('lists the reports, the text basis first, each with the words it prints and how they stand to the quotations', async () => {
    const dataset = openDataset(await loadModel());

    expect(dataset.reports.map((report) => [report.id, report.textBasis])).toEqual([
      ['bericht', true],
      ['zweiter-bericht', false],
    ]);
    expect(dataset.reports[1]?.words.map((words) => [words.quotation, words.match])).toEqual([
      ['antwort-eins', 'wortgleich'],
      ['antwort-zwei', 'auszug'],
      ['behauptung-eins', 'abweichend'],
      [null, null],
    ]);
  });

  test('names the data set after the site and says the Einordnung is not part of the statement', async () => {
    const dataset = openDataset(await loadModel());
    const rows = openDataCsv(await loadModel()).split('\r\n');

    expect(dataset.title.startsWith(site.name)).toBe(true);
    expect(rows[0]).toContain('"Einordnung (nicht Teil der Stellungnahme)"');
  });

  test('gives each quotation its speaker and its address on the claim page', async () => {
    const [quotation] = openDataset(await loadModel()).claims[0]?.quotations ?? [];

    expect(quotation?.speaker).toEqual({ name: 'Erika Beispiel', role: 'Sprecherin der Beispiel GmbH' });
    expect(quotation?.url).toMatch(/\/behauptungen\/erste-behauptung\/#zitat-antwort-eins$/);
  });

  test('lists each claim’s versions newest first with ISO dates and their addresses, and its Stand is the latest', async () => {
    const dataset = openDataset(await loadModel());
    const [claim] = dataset.claims;

    expect(claim?.versions.map((version) => [version.date, version.note, new URL(version.url).pathname])).toEqual([
      ['2026-11-26', 'Zitat ergänzt.', '/behauptungen/erste-behauptung/fassungen/2026-11-26/'],
      ['2026-11-20', 'Erste Fassung.', '/behauptungen/erste-behauptung/fassungen/2026-11-20/'],
    ]);
    expect(claim?.updated).toBe('2026-11-26');
    expect(dataset.updated).toBe('2026-11-26');
  });
});

describe('the timeline in the open data', () => {
  test('lists every event oldest first with its sources, and each claim names its events', async () => {
    const dataset = openDataset(await loadModel());

    expect(dataset.events.map((event) => [event.id, event.date])).toEqual([
      ['vorher', '2022-04'],
      ['stellungnahme', '2022-08'],
      ['nachher', '2023-07-10'],
    ]);
    expect(dataset.events[2]?.sources).toEqual(['https://example.org/gesetz', 'https://example.org/bericht']);
    expect(dataset.claims.map((claim) => claim.events)).toEqual([['nachher'], []]);
  });

  test('puts the events of a claim into its CSV row, one per line', async () => {
    const rows: Record<string, string>[] = parse(openDataCsv(await loadModel()), {
      bom: true,
      delimiter: ';',
      columns: true,
    });

    expect(rows.map((row) => row['Einordnung (nicht Teil der Stellungnahme)'])).toEqual([
      '2023-07-10: Etwas geschieht danach.',
      '',
    ]);
  });
});

describe('openDataCsv', () => {
  test('keeps quotation marks, semicolons and line breaks inside one cell', async () => {
    const tricky = 'Laut „Beispiel“ gilt: "a; b"\nund c.';
    const dir = await brokenCopy(FIXTURE, 'behauptungen/erste-behauptung.mdx', (text) =>
      text.replace('summary: Laut Beispiel GmbH ist alles gut.', `summary: ${JSON.stringify(tricky)}`),
    );

    const rows: Record<string, string>[] = parse(openDataCsv(await loadModel(dir)), {
      bom: true,
      delimiter: ';',
      columns: true,
    });

    expect(rows[0]?.['Microsofts Antwort in einem Satz']).toBe(tricky);
    expect(rows).toHaveLength(2);
  });

  test('starts with a byte order mark and ends rows with CRLF', async () => {
    const csv = openDataCsv(await loadModel());

    expect(csv.startsWith('\uFEFF"ID";"Adresse";')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
  });
});
