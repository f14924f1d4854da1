/**
 * The built site as files: every HTML page of an output folder with the address a reader
 * uses for it. Checks over the whole site (links, HTML validity) start here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { builtAddress } from '../../src/data/addresses';
import { inlineStyleHashes } from '../../src/integrations/page-rewrites';

export interface BuiltPage {
  /** The file inside the output folder, with forward slashes: `quellen/index.html`. */
  file: string;
  /** The address a reader requests: `/quellen/`, or `/404.html` for a file that is no folder page. */
  address: string;
  html: string;
  /**
   * Astro writes a page for every moved address that forwards in the browser. Servers answer
   * those addresses with a 301 before the page is read, so it is not content.
   */
  isRedirect: boolean;
}

/** The addresses of the site's pages (folders with an index.html), moved addresses left out. */
export function pageAddresses(dist = 'dist'): string[] {
  return builtHtml(dist)
    .filter((page) => !page.isRedirect && page.address.endsWith('/'))
    .map((page) => page.address);
}

export function builtHtml(dist = 'dist'): BuiltPage[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const html = readFileSync(path.join(dist, file), 'utf8');
      return { file, address: builtAddress(file), html, isRedirect: /<meta http-equiv="refresh"/i.test(html) };
    });
}

/** The hashes of every inline stylesheet the built pages carry, sorted: what the header policy must allow. */
export function styleHashes(dist = 'dist'): string[] {
  return [...new Set(builtHtml(dist).flatMap((page) => inlineStyleHashes(page.html)))].sort();
}
