/**
 * The site search at build time, as an Astro integration:
 *
 * - after `astro build`, Pagefind indexes the built pages and writes its bundle to
 *   `<outDir>/pagefind/`; any indexing problem stops the build with a message; then the
 *   the pass over the finished pages that follows takes out the markup only the indexer read
 *   (`withoutIndexMarkup`);
 * - during `astro dev`, the bundle of the last build is served at `/pagefind/`, so the search
 *   can be tried without a second server (the browser code says in German when there is none);
 * - `virtual:search-ui` gives the one small script every page runs the addresses of the code
 *   it loads on first use (see `searchUiChunks`).
 *
 * What gets indexed is decided in the pages' markup (`searchBody`, `notSearched`), not here.
 */
import type { AstroIntegration } from 'astro';
import { minify, type Plugin } from 'vite';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { BUILD_CACHE } from '../build-cache';
import { rechunkIndex } from '../lib/search-chunks';
import { addRecords, RECORD_SELECTOR } from '../lib/search-records';
import { recompressWasm, startWasmCompression } from '../lib/wasm-compression';
import { LANG } from '../strings';

/** Where the compressed WebAssembly is kept between builds. */
const WASM_CACHE = path.join(BUILD_CACHE, 'pagefind');

/** Where the bundle lives, inside the built site and on the server. */
export const BUNDLE_DIR = 'pagefind';

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

/**
 * Pagefind's browser code as it writes it: whitespace stripped, names kept. Minified with
 * mangled names it travels about 2 KB lighter (gzip), and every reader who searches fetches
 * `pagefind.js` first.
 */
const BROWSER_CODE = ['pagefind.js', 'pagefind-highlight.js', 'pagefind-worker.js'];

/** Minifies Pagefind's browser code in the bundle folder `bundleDir`. */
async function minifyBrowserCode(bundleDir: string): Promise<void> {
  await Promise.all(
    BROWSER_CODE.map(async (name) => {
      const file = path.join(bundleDir, name);
      const result = await minify(name, await readFile(file, 'utf8'), { module: true, compress: true, mangle: true });
      if (result.errors.length > 0)
        throw new SearchIndexError(result.errors.map((error) => `${name} could not be minified: ${error.message}`));
      await writeFile(file, result.code);
    }),
  );
}

export class SearchIndexError extends Error {
  constructor(problems: readonly string[]) {
    super(`The search index could not be built:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'SearchIndexError';
  }
}

/**
 * Indexes the built site in `siteDir`, writes the bundle next to it, made lighter for a first
 * query (`rechunkIndex`, `recompressWasm`, which awaits `wasmStarted` if the compressed
 * WebAssembly is not in the cache yet), and returns the number of pages indexed.
 */
export async function buildSearchIndex(siteDir: string, wasmStarted?: Promise<void>): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
    if (!index) throw new SearchIndexError(errors);

    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new SearchIndexError(added.errors);
    const recordErrors = await addRecords(index, siteDir);
    if (recordErrors.length > 0) throw new SearchIndexError(recordErrors);

    const written = await index.writeFiles({ outputPath: path.join(siteDir, BUNDLE_DIR) });
    if (written.errors.length > 0) throw new SearchIndexError(written.errors);
    await Promise.all(UNUSED_FILES.map((file) => rm(path.join(siteDir, BUNDLE_DIR, file), { force: true })));
    await minifyBrowserCode(path.join(siteDir, BUNDLE_DIR));

    // Pagefind splits the index by each page's `lang`; the search code loads only the German
    // one, so a page in another language would silently be missing from the results.
    const entry = JSON.parse(await readFile(path.join(siteDir, BUNDLE_DIR, 'pagefind-entry.json'), 'utf8')) as {
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
    await rechunkIndex(path.join(siteDir, BUNDLE_DIR), LANG);
    await recompressWasm(path.join(siteDir, BUNDLE_DIR), LANG, WASM_CACHE, wasmStarted);
    return pages;
  } finally {
    await pagefind.close();
  }
}

/** Modules the one script of every page loads only when needed, by the name it imports them as. */
const LAZY_MODULES = {
  siteSearch: 'src/scripts/search/site-search.ts',
  searchPage: 'src/scripts/search/search-page.ts',
  highlight: 'src/scripts/search/highlight.ts',
  copyLink: 'src/scripts/copy-link.ts',
};
const VIRTUAL_ID = 'virtual:search-ui';

/**
 * Makes each lazy module a chunk of its own and exports its final address from
 * `virtual:search-ui`, for the loader to `import()` by address. A plain `import('./…')` would
 * make the bundler add its preload helper (about 2 KB) to the loader that every page runs,
 * ten times the size of the loader itself.
 */
function searchUiChunks(root: string): Plugin {
  let dev = false;
  return {
    name: 'search-ui-chunks',
    configResolved(config) {
      dev = config.command === 'serve';
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined;
    },
    load(id) {
      if (id !== `\0${VIRTUAL_ID}`) return undefined;
      return Object.entries(LAZY_MODULES)
        .map(([name, file]) => {
          // The dev server serves sources by their path; the build emits a hashed chunk.
          const address = dev
            ? JSON.stringify(`/${file}`)
            : `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'chunk', id: path.join(root, file), name })}`;
          return `export const ${name} = ${address};`;
        })
        .join('\n');
    },
  };
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export function searchIndex(): AstroIntegration {
  let bundleDir = '';
  let wasmStarted: Promise<void> | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({ vite: { plugins: [searchUiChunks(fileURLToPath(config.root))] } });
      },
      'astro:config:done': ({ config }) => {
        bundleDir = path.join(fileURLToPath(config.outDir), BUNDLE_DIR);
      },
      'astro:build:start': () => {
        wasmStarted = startWasmCompression(WASM_CACHE, LANG);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await buildSearchIndex(fileURLToPath(dir), wasmStarted);
        logger.info(`indexed ${String(pages)} page(s) for the site search`);
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!existsSync(bundleDir))
          logger.warn(`no search index in ${bundleDir}: run "npm run build" once to search in dev`);
        // Read on every request, so a build made while dev runs is picked up without a restart.
        server.middlewares.use(`/${BUNDLE_DIR}/`, (request, response) => {
          const file = path.join(bundleDir, decodeURIComponent(new URL(request.url ?? '/', 'http://dev').pathname));
          if (!file.startsWith(bundleDir + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
            response.statusCode = 404;
            response.end();
            return;
          }
          response.setHeader('Content-Type', CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream');
          response.setHeader('Cache-Control', 'no-store');
          createReadStream(file).pipe(response);
        });
      },
    },
  };
}
