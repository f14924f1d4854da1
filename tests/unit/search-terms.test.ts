import { describe, expect, test } from 'vitest';
import { ContentError } from '../../src/data/content-error';
import { parseSearchTerms, readSearchTerms, relatedTerms } from '../../src/data/search-terms';

const FILE = 'content/suchbegriffe.yaml';

function problemsOf(text: string): string[] {
  try {
    parseSearchTerms(text, FILE);
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('parseSearchTerms', () => {
  test('the word list in content/ is valid', () => {
    expect(readSearchTerms('content').length).toBeGreaterThan(0);
  });

  test('names the file, the group and the field when a group has only one word', () => {
    expect(problemsOf('- terms: [DSGVO, GDPR]\n- terms: [DSK]\n')).toEqual([
      expect.stringMatching(/^content\/suchbegriffe\.yaml: group 2 field "terms" must list at least two words/),
    ]);
  });

  test('names the word that is not a word', () => {
    expect(problemsOf('- terms: [DSGVO, "<b>GDPR</b>"]\n')).toEqual([
      expect.stringMatching(/^content\/suchbegriffe\.yaml: group 1 field "terms" word 2 must be letters/),
    ]);
  });

  test('rejects a misspelt field name', () => {
    expect(problemsOf('- term: [DSGVO, GDPR]\n')).not.toEqual([]);
  });

  test('rejects a word in two groups, naming both', () => {
    expect(problemsOf('- terms: [DSGVO, GDPR]\n- terms: [gdpr, General Data Protection Regulation]\n')).toEqual([
      'content/suchbegriffe.yaml: group 2 field "terms" lists "gdpr", which group 1 already has',
    ]);
  });

  test('says when the file is not YAML', () => {
    expect(problemsOf('- terms: [DSGVO\n')).toEqual([
      expect.stringMatching(/^content\/suchbegriffe\.yaml: is not valid YAML/),
    ]);
  });
});

describe('relatedTerms', () => {
  const groups = [
    { terms: ['DSGVO', 'Datenschutz-Grundverordnung', 'GDPR'] },
    { terms: ['DSK', 'Datenschutzkonferenz'] },
  ];

  test('gives a page the words of a group it mentions in any spelling, but not the ones it has', () => {
    const related = relatedTerms(groups, new Map([['a', 'Nach Art. 32 der Datenschutzgrundverordnung gilt …']]));

    expect(related.get('a')?.related).toEqual(['DSGVO', 'GDPR']);
  });

  test('gives nothing for a group the page does not mention, nor for an abbreviation inside another word', () => {
    const related = relatedTerms(groups, new Map([['a', 'Die DSKV ist etwas anderes.']]));

    expect(related.get('a')).toEqual({ related: [], main: [] });
  });

  test('the page that mentions a group most for its length gets all its words in the main field', () => {
    const pages = new Map([
      ['short', 'DSGVO und noch einmal DSGVO.'],
      ['long', 'Ein langer Text, der die DSGVO nur einmal nennt und sonst von anderen Dingen handelt.'],
    ]);

    const related = relatedTerms(groups, pages);

    expect(related.get('short')?.main).toEqual(['DSGVO', 'Datenschutz-Grundverordnung', 'GDPR']);
    expect(related.get('long')?.main).toEqual([]);
    expect(related.get('long')?.related).toEqual(['Datenschutz-Grundverordnung', 'GDPR']);
  });
});
