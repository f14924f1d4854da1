/**
 * After the build: every page with versions must show the text of its latest recorded version
 * (`checkVersions`, src/lib/version-check.ts). A page that changed without a recorded version,
 * or has none, stops the build with one message that lists them all.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { BUILD_CACHE } from '../build-cache';
import { CONTENT_DIR } from '../content-dir';
import type { AddressList } from '../data/addresses';
import { checkVersions } from '../lib/version-check';

export function pageVersions(list: AddressList): AstroIntegration {
  return {
    name: 'page-versions',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await checkVersions(fileURLToPath(dir), {
          contentDir: CONTENT_DIR,
          cacheDir: BUILD_CACHE,
          moved: new Set(Object.keys(list.redirects)),
        });
        logger.info(`all ${String(pages)} pages with versions show the text of their latest version`);
      },
    },
  };
}
