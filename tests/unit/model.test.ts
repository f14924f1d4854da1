import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { bodyReferences } from '../../src/data/mdx-body';
import { ANSWER_QUOTE, HOME_CLAIMS, shownWording, type Model } from '../../src/data/model';
import { claimPath, quoteAnchor } from '../../src/routes';
import { syntheticContent } from '../../scripts/lib/synthetic-content.mjs';
import { brokenCopy, FIXTURE, loadModel } from '../helpers/load-content';

let model: Model;

beforeAll(async () => {
  model = await loadModel();
});

describe('claims', () => {
  test('come in reading order by their order field', () => {
    expect(model.claims.map((claim) => claim.data.order)).toEqual([1, 2]);
  });

  test('all go on the start page while there are at most HOME_CLAIMS', () => {
    expect(model.homeClaims).toEqual(model.claims);
  });

  test('beyond HOME_CLAIMS, the start page gets the first ones in reading order', async () => {
    const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'content-')), 'content');
    await syntheticContent(FIXTURE, dir, HOME_CLAIMS + 3);

    const many = await loadModel(dir);

    expect(many.claims).toHaveLength(HOME_CLAIMS + 3);
    expect(many.homeClaims.map((claim) => claim.id)).toEqual(
      many.claims.slice(0, HOME_CLAIMS).map((claim) => claim.id),
    );
  });

  test('are listed A–Z by their wording, ignoring case', () => {
    expect(model.claimsAlphabetical.map((claim) => claim.wording)).toEqual([
      'Alles ist schlecht.',
      'Nichts ist besser als gedacht.',
    ]);
  });

  test('a verbatim claim takes its wording from the quotation register', () => {
    const claim = model.claim('erste-behauptung');

    expect(claim.verbatim).toBe(true);
    expect(claim.wording).toBe('Alles ist schlecht.');
    expect(claim.claimQuote?.source.url).toBe('https://example.org/bericht');
  });

  test('a paraphrased claim is marked as not verbatim', () => {
    const claim = model.claim('zweite-behauptung');

    expect(claim.verbatim).toBe(false);
    expect(claim.claimQuote).toBeUndefined();
  });

  test('the first claim has only a next neighbour, the last only a previous one', () => {
    expect(model.neighbours('erste-behauptung').previous).toBeUndefined();
    expect(model.neighbours('erste-behauptung').next?.id).toBe('zweite-behauptung');
    expect(model.neighbours('zweite-behauptung').previous?.id).toBe('erste-behauptung');
    expect(model.neighbours('zweite-behauptung').next).toBeUndefined();
  });

  test('related claims resolve to their entries', () => {
    expect(model.related('erste-behauptung').map((claim) => claim.path)).toEqual(['/behauptungen/zweite-behauptung/']);
    expect(model.related('zweite-behauptung')).toEqual([]);
  });

  test('know which quotations their body shows, in order, with speaker and source', () => {
    const [quote] = model.claim('erste-behauptung').quotes;

    expect(quote?.text).toBe('Alles ist gut.');
    expect(quote?.speaker).toEqual({ name: 'Erika Beispiel', role: 'Sprecherin der Beispiel GmbH' });
    expect(quote?.anchor).toBe('zitat-antwort-eins');
  });

  test('have their versions, oldest first, each with its address and the one before it; the latest is the Stand', () => {
    const history = model.history('/behauptungen/erste-behauptung/');

    expect(history?.versions.map((version) => [version.id, version.note, version.path])).toEqual([
      ['2026-11-20', 'Erste Fassung.', '/behauptungen/erste-behauptung/fassungen/2026-11-20/'],
      ['2026-11-26', 'Zitat ergänzt.', '/behauptungen/erste-behauptung/fassungen/2026-11-26/'],
    ]);
    expect(history?.latest.previous).toBe(history?.versions[0]);
    expect(history?.latest.date).toEqual(new Date('2026-11-26T00:00:00Z'));
    expect(history?.claim?.id).toBe('erste-behauptung');
  });

  test('a page without a register has no versions', () => {
    expect(model.history('/begriffe/')).toBeUndefined();
  });

  test('asking for a claim that does not exist throws', () => {
    expect(() => model.claim('gibt-es-nicht')).toThrow('Unknown claim "gibt-es-nicht"');
  });
});

describe('what the pages show of a claim and of the statement', () => {
  test('a quoted claim is shown in „…“, a topic in the site’s words without them', () => {
    expect(model.claims.map(shownWording)).toEqual(['„Alles ist schlecht.“', 'Nichts ist besser als gedacht.']);
  });

  test('the answer to the statement’s title question is the register’s one entry for it', () => {
    expect(model.answer).toEqual(model.quote(ANSWER_QUOTE));
  });
});

describe('the timeline', () => {
  test('runs oldest first, with month-only dates in their place', () => {
    expect(model.timeline.map((event) => event.date.iso)).toEqual(['2022-04', '2022-08', '2023-07-10']);
    expect(model.timeline.map((event) => event.date.precision)).toEqual(['month', 'month', 'day']);
  });

  test('marks the statement itself', () => {
    expect(model.timeline.filter((event) => event.statement).map((event) => event.id)).toEqual(['stellungnahme']);
  });

  test('names each event in one line, as its heading and search results do: its date and its title', () => {
    expect(model.timeline.map((event) => event.heading)).toEqual([
      'April 2022: Ein Ereignis davor',
      'August 2022: Die Stellungnahme',
      '10. Juli 2023: Ein Ereignis danach',
    ]);
  });

  test('gives each claim only the events its frontmatter names, with their sources', () => {
    const [event] = model.eventsFor('erste-behauptung');

    expect(model.eventsFor('erste-behauptung')).toHaveLength(1);
    expect(event?.sources.map((source) => source.url)).toEqual([
      'https://example.org/gesetz',
      'https://example.org/bericht',
    ]);
    expect(model.eventsFor('zweite-behauptung')).toEqual([]);
  });
});

describe('addresses', () => {
  test('claim pages live under /behauptungen/ with a trailing slash', () => {
    expect(claimPath('diagnosedaten')).toBe('/behauptungen/diagnosedaten/');
  });

  test('a quotation anchor is derived from its register key only', () => {
    expect(quoteAnchor('antwort-eindeutig-ja')).toBe('zitat-antwort-eindeutig-ja');
  });
});

describe('an answer made of quotations only', () => {
  test('counts as an answer', async () => {
    const dir = await brokenCopy(FIXTURE, 'behauptungen/zweite-behauptung.mdx', (text) =>
      text.replace(/<Summary>[\s\S]*?<\/Summary>\n/, ''),
    );

    const model = await loadModel(dir);

    expect(model.claim('zweite-behauptung').quotes.map((quote) => quote.id)).toEqual(['antwort-zwei']);
  });
});

describe('bodyReferences', () => {
  test('finds quotations and source links with any quoting style', () => {
    const body = `<Quote id="a" />\ntext <SourceLink id='b'>x</SourceLink>\n<Quote id={"c"} />`;

    expect(bodyReferences(body)).toEqual([
      { component: 'Quote', id: 'a' },
      { component: 'SourceLink', id: 'b' },
      { component: 'Quote', id: 'c' },
    ]);
  });
});
