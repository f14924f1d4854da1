/**
 * Everything the build does to its output after Astro has written the pages, as one
 * integration whose steps run in the order they are written below; none depends on where an
 * integration stands in `astro.config.mjs`.
 *
 * 1. Pagefind indexes the pages, reading the markup only the indexer needs.
 * 2. The pages are rewritten, one named rewrite after the other; the page policy hashes each
 *    page's stylesheet as the rewrites before it left it.
 * 3. The hosting files carry headers whose policy allows those final stylesheets.
 * 4. The sitemap (Astro's integration, run here as a step) and its copy at `/sitemap.xml`.
 * 5. The check that every published address is in the finished output.
 * 6. The check that every page with versions shows the text of its latest recorded version; it
 *    leaves the texts it read for `npm run fassung` and then takes the attributes only it reads
 *    out of the pages.
 * Both checks run whatever the other finds, and one failed build names the problems of both.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { CONTENT_DIR } from '../content-dir';
import type { AddressList } from '../data/addresses';
import { checkVersions, UnrecordedVersionsError } from '../lib/version-check';
import { sitemapFilter } from '../data/addresses';
import { redirectList, writeHostingFiles, type Redirect } from './hosting-files';
import {
  addPagePolicy,
  lowerScriptPriority,
  pruneUnusedStyles,
  rewritePages,
  stripIndexMarkup,
  styleHashes,
} from './page-rewrites';
import { SITEMAP_PATH } from '../routes';
import { checkPublishedAddresses } from './published-addresses';
import { indexForSearch } from './search-index';
import { copySitemap } from './sitemap-address';

/** The rewrites of every finished page, in the order they run. */
export const PAGE_REWRITES = [stripIndexMarkup, pruneUnusedStyles, addPagePolicy, lowerScriptPriority];

export function postBuild(addresses: AddressList): AstroIntegration {
  // The sitemap integration's writing runs as a step here; its other hooks collect the pages.
  const { 'astro:build:done': writeSitemap, ...sitemapHooks } = sitemap({ filter: sitemapFilter(addresses) }).hooks;
  let redirects: Redirect[] = [];
  let cacheDir = '';
  return {
    name: 'post-build',
    hooks: {
      ...sitemapHooks,
      'astro:config:done': async (options) => {
        redirects = redirectList(options.config.redirects);
        cacheDir = fileURLToPath(options.config.cacheDir);
        await sitemapHooks['astro:config:done']?.(options);
      },
      'astro:build:done': async (options) => {
        try {
          await runSteps(options);
        } catch (error) {
          // The message names files and quotes page text; Astro would add a hint of its own to
          // it (about browser APIs, whenever the text holds „window“, as in windowsunited), so
          // it is logged as written (a bug's stack trace too) and the build fails with a short error.
          const failures = error instanceof AggregateError ? (error.errors as unknown[]) : [error];
          options.logger.error(failures.map(reportOf).join('\n'));
          // eslint-disable-next-line preserve-caught-error -- logged above; as a cause Astro would print it twice
          throw new Error('A step after the pages were written failed: the message above names what and where.');
        }
      },
    },
  };

  async function runSteps(options: Parameters<NonNullable<AstroIntegration['hooks']['astro:build:done']>>[0]) {
    const dir = fileURLToPath(options.dir);
    const { logger } = options;

    const indexed = await indexForSearch(dir);
    logger.info(`indexed ${String(indexed)} page(s) for the site search`);
    const pages = await rewritePages(dir, PAGE_REWRITES);
    await writeHostingFiles(dir, redirects, styleHashes(pages));
    await writeSitemap?.(options);
    await copySitemap(dir);
    logger.info(`sitemap index also written as ${SITEMAP_PATH}`);
    const failures = await runChecks([
      () => {
        checkPublishedAddresses(addresses, dir);
        logger.info(`all ${String(addresses.entries.length)} published addresses answer`);
      },
      async () => {
        const versioned = await checkVersions(dir, pages, {
          contentDir: CONTENT_DIR,
          cacheDir,
          moved: new Set(Object.keys(addresses.redirects)),
        });
        logger.info(`all ${String(versioned)} pages with versions show the text of their latest version`);
      },
    ]);
    if (failures.length > 0) throw new AggregateError(failures);
  }
}

/** Runs every check, in order, whatever the ones before found; returns what each threw. */
async function runChecks(checks: (() => unknown)[]): Promise<unknown[]> {
  const failures: unknown[] = [];
  for (const check of checks) {
    try {
      await check();
    } catch (error) {
      failures.push(error);
    }
  }
  return failures;
}

/** An author's error is its message; anything else keeps its stack trace. */
function reportOf(error: unknown): string {
  if (error instanceof UnrecordedVersionsError) return error.message;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
