/**
 * Astro's sitemap integration always names its file `sitemap-index.xml`; readers, hosts and
 * tools look for `/sitemap.xml` first. This copies the sitemap index to that address (a
 * sitemap index is valid under any name), and `robots.txt` points to it.
 */
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { SITEMAP_PATH } from '../routes';

/** Copies the sitemap index written into the built site `dir` to `SITEMAP_PATH`. */
export async function copySitemap(dir: string): Promise<void> {
  await copyFile(path.join(dir, 'sitemap-index.xml'), path.join(dir, SITEMAP_PATH.slice(1)));
}
