/**
 * The pages around the claims as built: the start page, the lists, the statement in reading
 * order, the timeline, the sources and legal pages, and the open data files with their page.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { load as parseYaml } from 'js-yaml';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { HOME_CLAIMS } from '../../src/data/model';
import type { Dataset } from '../../src/data/open-data';
import { site, SITE_URL } from '../../src/site.config';
import { all, attr, one, parsedPage, readableText, text } from '../helpers/html';
import { CLAIM_PAGES } from '../helpers/site';

const register = parseYaml(readFileSync('content/zitate.yaml', 'utf8')) as Record<
  string,
  { text: string; kind: string }
>;
const events = parseYaml(readFileSync('content/ereignisse.yaml', 'utf8')) as Record<string, { text: string }>;
const dataset = JSON.parse(readFileSync('dist/daten/behauptungen.json', 'utf8')) as Dataset;

describe('the start page', () => {
  const { tree } = parsedPage('/');

  test("is headed by the site's name and gives Microsoft's answer as a quotation", () => {
    expect(text(one('h1', tree))).toBe(site.name);
    expect(text(one('#zitat-antwort-eindeutig-ja blockquote', tree))).toBe('Die Antwort lautet eindeutig ja.');
  });

  test("lists the first claims in reading order with Microsoft's one-line answer, linking to its page", () => {
    const items = all('.claim-list > li', tree);

    expect(items.map((item) => attr(one('a', item), 'href'))).toEqual(CLAIM_PAGES.slice(0, HOME_CLAIMS));
    // Today's claims all fit on the start page, so nothing says that some are left out.
    expect(all('.more-claims', tree)).toEqual([]);
    for (const item of items)
      expect(text(one('.answer', item))).toMatch(/^Laut (Microsoft Deutschland|Wolfgang Döring) .+\.$/);
  });
});

test('the claims index lists every claim A–Z', () => {
  const titles = all('.claim-title', parsedPage('/behauptungen/').tree).map((title) => text(title));

  expect(titles).toHaveLength(CLAIM_PAGES.length);
  // A–Z by the wording's first letter: the „…“ around a quoted claim do not count.
  expect(titles).toEqual(
    [...titles].sort((a, b) => a.localeCompare(b, 'de', { sensitivity: 'base', ignorePunctuation: true })),
  );
});

test('the statement page has every part in reading order, each linking to its claim page, with every statement quotation', () => {
  const { tree } = parsedPage('/stellungnahme/');

  const links = all('a', tree).filter((link) => readableText(link).startsWith('Zur Seite'));
  expect(links.map((link) => attr(link, 'href'))).toEqual([...CLAIM_PAGES]);
  const statements = Object.entries(register).filter(([, quote]) => quote.kind === 'aussage');
  for (const [id] of statements) expect(all(`[id="zitat-${id}"]`, tree).length, id).toBeGreaterThan(0);
});

test('the timeline shows every event with its date and an https source link, oldest first', () => {
  const { tree } = parsedPage('/einordnung/');

  const items = all('ol[aria-label="Zeitleiste"] > li', tree);
  expect(items).toHaveLength(Object.keys(events).length);
  for (const item of items) {
    expect(text(one('time', item))).toMatch(/^(\d{1,2}\. )?\p{L}+ \d{4}$/u);
    const sources = all('.sources a', item).map((link) => attr(link, 'href'));
    expect(sources.length).toBeGreaterThanOrEqual(1);
    for (const href of sources) expect(href).toMatch(/^https:\/\//);
  }
  const dates = items.map((item) => attr(one('time', item), 'dateTime') ?? '');
  expect(dates).toEqual([...dates].sort());
  expect(text(one('.statement time', tree))).toBe('August 2022');
});

test('the sources page discloses what the site is and is not, and links the sources it checked', () => {
  const { tree } = parsedPage('/quellen/');
  const main = one('main', tree);

  expect(text(main)).toContain('prüft Microsofts Aussagen nicht unabhängig und ist keine Rechtsberatung');
  expect(text(main)).toContain('August 2022');
  expect(
    all('a', main)
      .filter((link) => readableText(link).includes('heise online'))
      .map((link) => attr(link, 'href')),
  ).toContainEqual(expect.stringMatching(/^https:\/\/www\.heise\.de\//));
});

test('the legal pages show unfinished operator details as marked placeholders', () => {
  expect(text(parsedPage('/impressum/').tree)).toContain('[Platzhalter: Name des Betreibers]');
  const privacy = text(one('main', parsedPage('/datenschutz/').tree));
  expect(privacy).toContain('keine Cookies');
  expect(privacy).toContain('[Platzhalter: Speicherdauer der Server-Protokolle]');
});

describe('the open data', () => {
  test('the JSON file validates against the JSON Schema published next to it', () => {
    const schema = JSON.parse(readFileSync('dist/daten/behauptungen.schema.json', 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);

    const valid = ajv.validate(schema, dataset);

    expect(ajv.errors ?? [], 'schema violations').toEqual([]);
    expect(valid).toBe(true);
    expect(dataset.$schema).toBe(new URL('/daten/behauptungen.schema.json', SITE_URL).href);
    expect(schema.$id).toBe(dataset.$schema);
  });

  test('the JSON file holds every claim page as the page shows it, quotations word for word from the register', () => {
    expect(dataset.claims.map((claim) => new URL(claim.url).pathname)).toEqual([...CLAIM_PAGES]);
    expect(dataset.statement).toMatchObject({ publisher: 'Microsoft Deutschland', published: 'August 2022' });

    for (const claim of dataset.claims) {
      for (const quotation of claim.quotations) expect(quotation.text).toBe(register[quotation.id]?.text);
      const { tree } = parsedPage(new URL(claim.url).pathname);
      expect(text(one('h1', tree))).toBe(claim.verbatim ? `„${claim.wording}“` : claim.wording);
      expect(all('h1 q', tree)).toHaveLength(claim.verbatim ? 1 : 0);
      expect(text(one('.in-short .text', tree))).toBe(claim.answer);
      expect(attr(one('.meta time', tree), 'dateTime')).toBe(claim.updated);
      expect(all('aside[aria-labelledby="einordnung"] .timeline time', tree)).toHaveLength(claim.events.length);
    }
  });

  test('the JSON file holds the whole timeline of the Einordnung, apart from the claims', () => {
    const shown = all('main .timeline time', parsedPage('/einordnung/').tree).map((time) => attr(time, 'dateTime'));

    expect(dataset.events.map((event) => event.date)).toEqual(shown);
    const ids = new Set(dataset.events.map((event) => event.id));
    expect(dataset.claims.flatMap((claim) => claim.events).filter((id) => !ids.has(id))).toEqual([]);
    expect(dataset.events.filter((event) => event.statement).map((event) => event.date)).toEqual(['2022-08']);
  });

  test('the CSV is UTF-8 with a byte order mark and holds the same records as the JSON file', () => {
    const bytes = readFileSync('dist/daten/behauptungen.csv');

    expect(bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
    const rows: Record<string, string>[] = parse(bytes, { bom: true, delimiter: ';', columns: true });
    expect(rows).toHaveLength(dataset.claims.length);
    rows.forEach((row, index) => {
      const claim = dataset.claims[index];
      if (!claim) throw new Error(`no JSON record for CSV row ${String(index + 1)}`);
      expect(row).toEqual({
        ID: claim.id,
        Adresse: claim.url,
        'Behauptung oder Thema': claim.wording,
        'Wörtlich zitiert': claim.verbatim ? 'ja' : 'nein',
        'Haltung von Microsoft laut Bericht': claim.verdict ?? '',
        'Microsofts Antwort in einem Satz': claim.answer,
        Zitate: claim.quotations
          .map(
            (quotation) =>
              `„${quotation.text}“ – ${[quotation.speaker?.name, quotation.speaker?.role].filter(Boolean).join(', ')}`,
          )
          .join('\n'),
        Quellen: claim.sources.join('\n'),
        Stand: claim.updated,
        'Einordnung (nicht Teil der Stellungnahme)': dataset.events
          .filter((event) => claim.events.includes(event.id))
          .map((event) => `${event.date}: ${event.text}`)
          .join('\n'),
      });
    });
  });

  test('/daten/ links all three files and states the licence, visibly marked while it is a placeholder', () => {
    const { tree } = parsedPage('/daten/');
    const main = one('main', tree);

    for (const name of ['behauptungen.json', 'behauptungen.csv', 'behauptungen.schema.json']) {
      const link = all('a', main).find((candidate) => readableText(candidate) === name);
      expect(existsSync(`dist${attr(link ?? main, 'href') ?? '/(no link)'}`), name).toBe(true);
    }
    expect(text(one('.placeholder', main))).toMatch(/^\[Platzhalter: Lizenz der Datendateien/);
    expect(text(main)).toContain('Trennzeichen Semikolon');
    expect(
      all('footer a', tree)
        .filter((link) => readableText(link) === 'Offene Daten')
        .map((link) => attr(link, 'href')),
    ).toEqual(['/daten/']);
  });
});
