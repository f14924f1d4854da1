/**
 * The first step after the build: Pagefind indexes the built pages and writes its bundle to
 * `<outDir>/pagefind/` as it writes it; any indexing problem stops the build with a message.
 * What gets indexed is decided in the pages' markup (`searchBody`, `notSearched`), not here.
 *
 * Pagefind's files are published unchanged. Its browser code would travel 2.3 KB lighter
 * (gzip, `pagefind.js`: 13.4 KB as written, 11.0 KB minified with mangled names) on a first
 * search of about 90 KB: not enough to rewrite a dependency's files.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { addRecords, RECORD_SELECTOR } from '../lib/search-records';
import { SEARCH_BUNDLE_PATH } from '../routes';
import { LANG } from '../locale';

/** Where the bundle lives inside the built site: the folder of its address. */
export const BUNDLE_DIR = SEARCH_BUNDLE_PATH.slice(1, -1);

/**
 * Page parts left out of the index by selector rather than by attribute: the link controls
 * next to every heading and quotation (their „#“ links, and in the browser the copy buttons the
 * page script adds), which are no text of the page; and the parts that are results of their
 * own (`addRecords`).
 */
const EXCLUDE_SELECTORS = ['copy-link', RECORD_SELECTOR];

/**
 * Pagefind also writes its ready-made search interfaces. The site has its own (theirs inject
 * styles a strict Content-Security-Policy forbids), so they are not published.
 */
const UNUSED_FILES = ['pagefind-ui', 'pagefind-modular-ui', 'pagefind-component-ui'].flatMap((name) => [
  `${name}.js`,
  `${name}.css`,
]);

export class SearchIndexError extends Error {
  constructor(problems: readonly string[]) {
    super(`The search index could not be built:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'SearchIndexError';
  }
}

/** Indexes the built site in `siteDir`, writes the bundle next to it and returns the number of pages indexed. */
export async function indexForSearch(siteDir: string): Promise<number> {
  const bundleDir = path.join(siteDir, BUNDLE_DIR);
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
    if (!index) throw new SearchIndexError(errors);

    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new SearchIndexError(added.errors);
    const recordErrors = await addRecords(index, siteDir);
    if (recordErrors.length > 0) throw new SearchIndexError(recordErrors);

    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length > 0) throw new SearchIndexError(written.errors);
    await Promise.all(UNUSED_FILES.map((file) => rm(path.join(bundleDir, file), { force: true })));
  } finally {
    await pagefind.close();
  }

  // Pagefind splits the index by each page's `lang`; the search code loads only the German
  // one, so a page in another language would silently be missing from the results.
  const entry = JSON.parse(await readFile(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const others = Object.keys(entry.languages).filter((lang) => lang !== LANG);
  if (others.length > 0) {
    throw new SearchIndexError([
      `pages with lang other than "${LANG}" were indexed (${others.join(', ')}); every page must be German`,
    ]);
  }
  const pages = entry.languages[LANG]?.page_count ?? 0;
  if (pages === 0) throw new SearchIndexError([`no page in ${siteDir} has searchable content (data-pagefind-body)`]);
  return pages;
}
