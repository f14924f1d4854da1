/**
 * What a page asks for before the reader does anything: script files, fetched after what the
 * reader sees first, and no code in the page itself. (How many files and bytes: the budgets.)
 */
import { expect, test } from 'vitest';
import { builtHtml } from '../helpers/dist';

test.each(
  builtHtml()
    .filter((page) => !page.isRedirect)
    .map((page) => [page.file, page.html]),
)('%s loads its script files at low priority and carries no inline code', (_file, html) => {
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1] ?? '');
  const files = scripts.filter((attributes) => attributes.includes(' src='));

  expect(files.length).toBeGreaterThan(0);
  for (const attributes of files) {
    expect(attributes).toMatch(/^ type="module" src="\/_astro\/[^"]+\.js" fetchpriority="low"$/);
  }
  // Besides them only the JSON-LD data block, which is never run.
  expect(scripts.filter((attributes) => !attributes.includes(' src='))).toEqual(
    scripts.filter((attributes) => attributes === ' type="application/ld+json"'),
  );
});
