/**
 * What a page asks for before the reader does anything: script files, fetched after what the
 * reader sees first, and no code in the page itself. (How many files and bytes: the budgets.)
 */
import { expect, test } from 'vitest';
import { all, parsedPages } from '../helpers/html';

test.each(parsedPages().map((page) => [page.file, page.tree] as const))(
  '%s loads its script files at low priority and carries no inline code',
  (_file, tree) => {
    const scripts = all('script', tree).map((script) => script.properties);
    const files = scripts.filter((attributes) => attributes.src !== undefined);

    expect(files.length).toBeGreaterThan(0);
    for (const attributes of files) {
      expect(attributes).toEqual({ type: 'module', src: attributes.src, fetchPriority: 'low' });
      expect(String(attributes.src)).toMatch(/^\/_astro\/[^"]+\.js$/);
    }
    // Besides them only the JSON-LD data block, which is never run.
    const inline = scripts.filter((attributes) => attributes.src === undefined);
    expect(inline).toEqual(inline.map(() => ({ type: 'application/ld+json' })));
  },
);
