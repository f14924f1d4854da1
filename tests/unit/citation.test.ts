import { beforeAll, describe, expect, test } from 'vitest';
import { claimTitle, pageCitation, quotationCitation, quotedTitle } from '../../src/data/citation';
import type { Model } from '../../src/data/model';
import { site } from '../../src/site.config';
import { loadModel } from '../helpers/load-content';

let model: Model;

beforeAll(async () => {
  model = await loadModel();
});

describe('quotedTitle', () => {
  test('sets a title in „…“ and the quotation marks inside it as ‚…‘', () => {
    expect(quotedTitle('Microsoft stellt klar: „Unsere Produkte“')).toBe('„Microsoft stellt klar: ‚Unsere Produkte‘“');
  });
});

describe('claimTitle', () => {
  test('keeps a quoted claim in „…“ and marks a topic as the site’s wording', () => {
    expect(model.claims.map(claimTitle)).toEqual([
      '„Alles ist schlecht.“',
      'Nichts ist besser als gedacht (Formulierung dieser Website)',
    ]);
  });
});

describe('pageCitation', () => {
  test('names the operator as publisher (its placeholder while unset), the title, the site, the Stand and the version’s own address', () => {
    const history = model.history('/behauptungen/erste-behauptung/');

    expect(
      pageCitation('„Alles ist schlecht.“', history?.latest, 'https://example.org/behauptungen/erste-behauptung/'),
    ).toBe(
      `[Platzhalter: Name des Betreibers] (Hrsg.): „Alles ist schlecht.“ In: ${site.name}. Stand: 26. November 2026. https://example.org/behauptungen/erste-behauptung/fassungen/2026-11-26/`,
    );
  });

  test('ends a title without a full stop with one', () => {
    const history = model.history('/einordnung/');

    expect(pageCitation('Einordnung', history?.latest, 'https://example.org/einordnung/')).toMatch(
      /\(Hrsg\.\): Einordnung\. In: /,
    );
  });
});

describe('quotationCitation', () => {
  test('cites the statement where it was published, „zitiert nach“ the report, with the day the quotations were checked and no access date', () => {
    expect(quotationCitation(model.statement, model.report)).toBe(
      'Beispiel GmbH: „Die Stellungnahme“. Stellungnahme, August 2022, veröffentlicht unter https://example.org/stellungnahme. Zitiert nach: Beispiel-Nachrichten: „Ein Bericht“. https://example.org/bericht (Wortlaut der Zitate abgeglichen am 1. Dezember 2026).',
    );
  });

  test('leaves the check out where the report has no day for it', () => {
    const report = { ...model.report, checked: undefined };

    expect(quotationCitation(model.statement, report)).toMatch(/ https:\/\/example\.org\/bericht\.$/);
    expect(quotationCitation(model.statement, report)).not.toContain('abgerufen');
  });
});
