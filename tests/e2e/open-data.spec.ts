import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import type { Dataset } from '../../src/data/open-data';
import { SITE_URL } from '../../src/site.config';
import { CLAIM_PAGES, expect, quotationRegister, test } from './fixtures';

test('the JSON file validates against the JSON Schema published next to it', async ({ request }) => {
  const data = (await (await request.get('/daten/behauptungen.json')).json()) as Dataset;
  const schemaResponse = await request.get('/daten/behauptungen.schema.json');
  const schema = (await schemaResponse.json()) as Record<string, unknown>;
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);

  const valid = ajv.validate(schema, data);

  expect(ajv.errors ?? [], 'schema violations').toEqual([]);
  expect(valid).toBe(true);
  expect(data.$schema).toBe(new URL('/daten/behauptungen.schema.json', SITE_URL).href);
  expect(schema.$id).toBe(data.$schema);
});

test('the JSON file holds every claim page with its quotations word for word from the register', async ({
  request,
  page,
}) => {
  const data = (await (await request.get('/daten/behauptungen.json')).json()) as Dataset;
  const register = quotationRegister();

  expect(data.claims.map((claim) => new URL(claim.url).pathname)).toEqual([...CLAIM_PAGES]);
  expect(data.statement).toMatchObject({ publisher: 'Microsoft Deutschland', published: 'August 2022' });
  for (const claim of data.claims) {
    for (const quotation of claim.quotations) expect(quotation.text).toBe(register[quotation.id]?.text);
    await page.goto(new URL(claim.url).pathname);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(claim.wording);
    await expect(heading.locator('q')).toHaveCount(claim.verbatim ? 1 : 0);
    await expect(page.locator('.in-short .text')).toHaveText(claim.answer);
    await expect(page.locator('.meta time')).toHaveAttribute('datetime', claim.updated);
    const shownEvents = page.getByRole('complementary', { name: 'Einordnung' }).locator('.timeline time');
    await expect(shownEvents).toHaveCount(claim.events.length);
  }
});

test('the JSON file holds the whole timeline of the Einordnung, apart from the claims', async ({ request, page }) => {
  const data = (await (await request.get('/daten/behauptungen.json')).json()) as Dataset;
  await page.goto('/einordnung/');

  const shown = await page
    .locator('main .timeline time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
  expect(data.events.map((event) => event.date)).toEqual(shown);
  const ids = new Set(data.events.map((event) => event.id));
  expect(data.claims.flatMap((claim) => claim.events).filter((id) => !ids.has(id))).toEqual([]);
  expect(data.events.filter((event) => event.statement).map((event) => event.date)).toEqual(['2022-08']);
});

test('the CSV opens as UTF-8 with a byte order mark and holds the same records as the JSON file', async ({
  request,
}) => {
  const response = await request.get('/daten/behauptungen.csv');
  const bytes = await response.body();
  const data = (await (await request.get('/daten/behauptungen.json')).json()) as Dataset;
  const { claims } = data;

  expect(response.headers()['content-type']).toMatch(/^text\/csv/);
  expect(bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
  const rows: Record<string, string>[] = parse(bytes, { bom: true, delimiter: ';', columns: true });
  expect(rows).toHaveLength(claims.length);
  rows.forEach((row, index) => {
    const claim = claims[index];
    if (!claim) throw new Error(`no JSON record for CSV row ${String(index + 1)}`);
    expect(row).toEqual({
      ID: claim.id,
      Adresse: claim.url,
      Behauptung: claim.wording,
      'Wörtlich zitiert': claim.verbatim ? 'ja' : 'nein',
      'Bewertung durch Microsoft Deutschland': claim.verdict ?? '',
      'Microsofts Antwort in einem Satz': claim.answer,
      Zitate: expect.any(String),
      Quellen: claim.sources.join('\n'),
      Stand: claim.updated,
      Einordnung: data.events
        .filter((event) => claim.events.includes(event.id))
        .map((event) => `${event.date}: ${event.text}`)
        .join('\n'),
    });
    const quotations = row.Zitate?.split('\n') ?? [];
    expect(quotations).toHaveLength(claim.quotations.length);
    claim.quotations.forEach((quotation, at) => {
      expect(quotations[at]).toBe(
        `„${quotation.text}“ – ${[quotation.speaker?.name, quotation.speaker?.role].filter(Boolean).join(', ')}`,
      );
    });
  });
});

test('/daten/ links both files and states the licence, visibly marked while it is a placeholder', async ({ page }) => {
  await page.goto('/daten/');

  for (const name of ['behauptungen.json', 'behauptungen.csv', 'behauptungen.schema.json']) {
    const link = page.getByRole('main').getByRole('link', { name, exact: true });
    const response = await page.request.get((await link.getAttribute('href')) ?? '');
    expect(response.status(), name).toBe(200);
  }
  await expect(page.getByRole('main').locator('.placeholder').first()).toHaveText(
    /^\[Platzhalter: Lizenz der Datendateien/,
  );
  await expect(page.getByRole('main')).toContainText('Trennzeichen Semikolon');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Offene Daten' })).toHaveAttribute(
    'href',
    '/daten/',
  );
});
