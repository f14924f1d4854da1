/**
 * The files hosts read next to the site, written after the pages are final (a step of the
 * post-build pipeline).
 *
 * Headers and caching, from src/security.ts: `_headers` for Netlify and Cloudflare Pages;
 * `_headers.nginx` and `_cache.nginx`, which `deploy/nginx.conf` includes. The policy in the
 * headers allows the inline stylesheet of every page by its hash; each page's own <meta>
 * policy allows only its own.
 *
 * Moved addresses: Astro's `redirects` option is the one list. For a static site Astro writes a
 * page that forwards in the browser, but a reader, a search engine and a citation manager
 * should get a real `301`, so the same list is written as `_redirects` (Netlify, Cloudflare
 * Pages) and `_redirects.nginx`, the entries of the `map` that `deploy/nginx.conf` includes.
 * Every address is listed with and without its trailing slash, so `/alt` forwards in one step.
 */
import type { AstroConfig } from 'astro';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { headersFile, nginxCacheMap, nginxHeadersFile } from '../security';

export interface Redirect {
  from: string;
  to: string;
}

export const NETLIFY_FILE = '_redirects';
export const NGINX_FILE = '_redirects.nginx';

/** Reads Astro's `redirects`; fails on what the hosting files cannot express. */
export function redirectList(redirects: AstroConfig['redirects']): Redirect[] {
  return Object.entries(redirects).map(([from, target]) => {
    const to = typeof target === 'string' ? target : target.destination;
    const status = typeof target === 'string' ? 301 : target.status;
    if (status !== 301) {
      throw new Error(
        `redirects: "${from}" has status ${String(status)}; moved addresses forward permanently (301) only`,
      );
    }
    for (const address of [from, to]) {
      if (!address.startsWith('/') || /[\s"';[\]]/.test(address)) {
        throw new Error(
          `redirects: "${address}" must be a path on this site (starting with "/", no spaces, quotes or brackets)`,
        );
      }
    }
    return { from, to };
  });
}

/** `/alt/` and `/alt`: the two ways a reader may type a moved address. */
function bothForms(path: string): string[] {
  if (path === '/') return [path];
  const bare = path.replace(/\/+$/, '');
  return [`${bare}/`, bare];
}

export function netlifyRedirects(list: readonly Redirect[]): string {
  const lines = list.flatMap(({ from, to }) => bothForms(from).map((path) => `${path} ${to} 301`));
  return `# Written by the build from Astro's \`redirects\`; do not edit.\n${lines.map((line) => `${line}\n`).join('')}`;
}

export function nginxRedirectMap(list: readonly Redirect[]): string {
  const lines = list.flatMap(({ from, to }) => bothForms(from).map((path) => `"${path}" "${to}";`));
  return `# Written by the build from Astro's \`redirects\`; do not edit.\n${lines.map((line) => `${line}\n`).join('')}`;
}

export const HEADERS_FILE = '_headers';
export const NGINX_HEADERS_FILE = '_headers.nginx';
export const NGINX_CACHE_FILE = '_cache.nginx';

/**
 * Writes the hosting files into the built site `dir`: headers (whose policy allows the inline
 * stylesheets with the hashes `styleHashes`), caching and redirects, for each kind of host.
 */
export async function writeHostingFiles(
  dir: string,
  redirects: readonly Redirect[],
  styleHashes: readonly string[],
): Promise<void> {
  const files: [string, string][] = [
    [HEADERS_FILE, headersFile(styleHashes)],
    [NGINX_HEADERS_FILE, nginxHeadersFile(styleHashes)],
    [NGINX_CACHE_FILE, nginxCacheMap()],
    [NETLIFY_FILE, netlifyRedirects(redirects)],
    [NGINX_FILE, nginxRedirectMap(redirects)],
  ];
  await Promise.all(files.map(([name, text]) => writeFile(path.join(dir, name), text)));
}
