import { describe, expect, test } from 'vitest';
import { builtAddress, parseAddressList, sitemapFilter } from '../../src/data/addresses';
import { ContentError } from '../../src/data/content-error';

const FILE = 'content/adressen.yaml';

function problemsOf(text: string): string[] {
  try {
    parseAddressList(text, FILE);
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('parseAddressList', () => {
  test('turns entries with "redirect" into Astro redirects and keeps the rest as pages', () => {
    const text = '- /\n- /behauptungen/neu/\n- path: /behauptungen/alt/\n  redirect: /behauptungen/neu/\n';

    const list = parseAddressList(text, FILE);

    expect(list.entries.map((entry) => entry.path)).toEqual(['/', '/behauptungen/neu/', '/behauptungen/alt/']);
    expect(list.redirects).toEqual({ '/behauptungen/alt/': '/behauptungen/neu/' });
  });

  test('names the file and the entry when a path is malformed', () => {
    expect(problemsOf('- /\n- behauptungen/ohne-schraegstrich/\n')).toEqual([
      expect.stringMatching(/^content\/adressen\.yaml: entry 2 must be a path/),
    ]);
  });

  test('names the field of an entry that forwards with a malformed target', () => {
    expect(problemsOf('- /\n- path: /alt/\n  redirect: neu\n')).toEqual([
      expect.stringMatching(/^content\/adressen\.yaml: entry 2 field "redirect" must be a path/),
    ]);
  });

  test('rejects a redirect to an address that is not listed itself', () => {
    expect(problemsOf('- /\n- path: /behauptungen/alt/\n  redirect: /behauptungen/neu/\n')).toEqual([
      'content/adressen.yaml: "/behauptungen/alt/" field "redirect" names "/behauptungen/neu/", which must be listed as an address of its own (not a redirect)',
    ]);
  });

  test('rejects an address listed twice', () => {
    expect(problemsOf('- /quellen/\n- /quellen/\n')).toEqual(['content/adressen.yaml: "/quellen/" is listed twice']);
  });
});

describe('sitemapFilter', () => {
  test('keeps pages and drops data files and forwarding addresses', () => {
    const keep = sitemapFilter(parseAddressList('- /neu/\n- path: /alt/\n  redirect: /neu/\n', FILE));

    expect(keep('https://example.org/neu/')).toBe(true);
    expect(keep('https://example.org/alt/')).toBe(false);
    expect(keep('https://example.org/daten/behauptungen.json')).toBe(false);
  });
});

describe('builtAddress', () => {
  test('is the address a file inside the output folder is served at', () => {
    expect(['index.html', 'begriffe/index.html', '404.html'].map(builtAddress)).toEqual([
      '/',
      '/begriffe/',
      '/404.html',
    ]);
  });
});
