/**
 * Astro's sitemap integration always names its file `sitemap-index.xml`; readers, hosts and
 * tools look for `/sitemap.xml` first. After the build this copies the sitemap index to that
 * address (a sitemap index is valid under any name), and `robots.txt` points to it. It must
 * run after the sitemap integration.
 */
import type { AstroIntegration } from 'astro';
import { copyFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** Where `robots.txt` and readers find the sitemap. */
export const SITEMAP_PATH = '/sitemap.xml';

export function sitemapAddress(): AstroIntegration {
  return {
    name: 'sitemap-address',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const index = fileURLToPath(new URL('sitemap-index.xml', dir));
        await copyFile(index, fileURLToPath(new URL(SITEMAP_PATH.slice(1), dir)));
        logger.info(`sitemap index also written as ${SITEMAP_PATH}`);
      },
    },
  };
}
