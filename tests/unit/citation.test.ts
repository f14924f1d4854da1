import { beforeAll, describe, expect, test } from 'vitest';
import { pageCitation, quotedFromCitation, statementCitation } from '../../src/data/citation';
import type { Model } from '../../src/data/model';
import { site } from '../../src/site.config';
import { loadModel } from '../helpers/load-content';

let model: Model;

beforeAll(async () => {
  model = await loadModel();
});

describe('statementCitation', () => {
  test('names publisher, title, „Stellungnahme“ with its month, and the address', () => {
    expect(statementCitation(model.statement)).toBe(
      'Beispiel GmbH: Die Stellungnahme. Stellungnahme, August 2022. https://example.org/stellungnahme',
    );
  });
});

describe('quotedFromCitation', () => {
  test('cites the statement „zitiert nach“ the report, with the report’s publisher, title and address', () => {
    expect(quotedFromCitation(model.statement, model.report)).toBe(
      'Beispiel GmbH: Die Stellungnahme. Stellungnahme, August 2022. Zitiert nach: Beispiel-Nachrichten: Ein Bericht. https://example.org/bericht',
    );
  });
});

describe('pageCitation', () => {
  test('sets a verbatim claim in „…“ and adds no second full stop', () => {
    expect(pageCitation(model.claim('erste-behauptung'), 'https://example.org/behauptungen/erste-behauptung/')).toBe(
      `„Alles ist schlecht.“ In: ${site.name}. Stand: 26. November 2026. https://example.org/behauptungen/erste-behauptung/`,
    );
  });

  test('marks a heading in the site’s own words as such, inside the sentence', () => {
    expect(pageCitation(model.claim('zweite-behauptung'), 'https://example.org/b/')).toMatch(
      /^Nichts ist besser als gedacht \(Formulierung dieser Website\)\. In: /,
    );
  });
});
