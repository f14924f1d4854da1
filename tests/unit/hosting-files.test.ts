/**
 * The hosting files carry the policy defined once in src/security.ts: the `_headers` file for
 * Netlify and Cloudflare Pages, and the nginx configuration. A header changed in one place
 * only would leave one kind of host less protected than the other.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  netlifyRedirects,
  NGINX_CACHE_FILE,
  NGINX_FILE,
  NGINX_HEADERS_FILE,
  nginxRedirectMap,
  redirectList,
} from '../../src/integrations/hosting-files';
import {
  CACHE_IMMUTABLE,
  cspDirectives,
  headersFile,
  nginxCacheMap,
  nginxHeadersFile,
  securityHeadersFor,
  serializeCsp,
} from '../../src/security';

/** Stylesheet hashes as the build finds them in the pages; both kinds of host must carry them. */
const STYLE_HASHES = [
  'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
  'sha256-BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB=',
];
const securityHeaders = securityHeadersFor(STYLE_HASHES);

/** `_headers`: a path line, then indented `Name: value` lines; `#` starts a comment. */
function parseHeadersFile(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = {};
      rules.set(line.trim(), current);
    } else if (current) {
      const [name, ...value] = line.trim().split(':');
      current[name?.trim() ?? ''] = value.join(':').trim();
    }
  }
  return rules;
}

const headersRules = parseHeadersFile(headersFile(STYLE_HASHES));
const nginx = readFileSync('deploy/nginx.conf', 'utf8');
const nginxHeaders: Record<string, string | undefined> = Object.fromEntries(
  [...nginxHeadersFile(STYLE_HASHES).matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map((m) => [m[1] ?? '', m[2]]),
);
const nginxCacheEntries = [...nginxCacheMap().matchAll(/^~(\S+) "([^"]*)";$/gm)].map((m) => ({
  pattern: new RegExp(m[1] ?? '^$'),
  value: m[2],
}));

/** Addresses of files whose name carries a hash of their content, one of each kind the build writes. */
const HASHED = [
  '/_astro/page.Bx3kQ9aZ.js',
  '/pagefind/fragment/de_4f1c2a9.pf_fragment',
  '/pagefind/index/de_9e0d4b1.pf_index',
  '/pagefind/filter/de_77ab3c0.pf_filter',
];
/** Addresses that keep their name when their content changes. */
const UNHASHED = [
  '/',
  '/quellen/',
  '/404.html',
  '/favicon.svg',
  '/pagefind/pagefind.js',
  '/pagefind/pagefind-entry.json',
  '/pagefind/wasm.de.pagefind',
];

describe('the Content-Security-Policy', () => {
  test('allows nothing from another host, no inline script and no eval but WebAssembly, no plug-ins and no framing', () => {
    const policy = serializeCsp(cspDirectives);
    const sources = Object.values(cspDirectives).flat();

    // Only keywords and the page's own icon as data:, never a host or scheme that names one.
    expect(sources.filter((source) => !/^'[a-z-]+'$/.test(source) && source !== 'data:')).toEqual([]);
    expect(sources).not.toContain("'unsafe-inline'");
    expect(sources).not.toContain("'unsafe-eval'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
  });
});

describe('the _headers file the build writes', () => {
  test('sends exactly the security headers of src/security.ts on every path', () => {
    expect(headersRules.get('/*')).toEqual(securityHeaders);
  });

  test('caches exactly the hashed files for a year, and nothing else', () => {
    /** What the rules give a path: Netlify and Cloudflare Pages read `*` at the end as any rest. */
    const cacheOf = (path: string) =>
      [...headersRules]
        .filter(([pattern]) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern))
        .map(([, headers]) => headers['Cache-Control'])
        .filter(Boolean);

    for (const path of HASHED) expect(cacheOf(path), path).toEqual([CACHE_IMMUTABLE]);
    for (const path of UNHASHED) expect(cacheOf(path), path).toEqual([]);
  });
});

describe('nginx', () => {
  test('deploy/nginx.conf includes the headers, cache rules and redirects the build writes, and adds the cache header', () => {
    for (const file of [NGINX_HEADERS_FILE, NGINX_CACHE_FILE, NGINX_FILE]) {
      expect(nginx).toMatch(new RegExp(`^\\s*include /srv/ms365-stellungnahme/dist/${file.replace('.', '\\.')};`, 'm'));
    }
    expect(nginx).toMatch(/^\s*add_header Cache-Control \$ms365_cache_control always;$/m);
  });

  test('sends exactly the security headers of src/security.ts', () => {
    expect(nginxHeaders).toEqual(securityHeaders);
  });

  test.each(HASHED)('caches %s for a year', (path) => {
    expect(nginxCacheEntries.find((entry) => entry.pattern.test(path))?.value).toBe(CACHE_IMMUTABLE);
  });

  test('revalidates what no pattern names', () => {
    expect(nginx).toMatch(/map \$uri \$ms365_cache_control \{\s*default "no-cache";/);
  });

  test.each(UNHASHED)('names no long cache for %s', (path) => {
    expect(nginxCacheEntries.find((entry) => entry.pattern.test(path))).toBeUndefined();
  });
});

describe('redirect files', () => {
  const list = redirectList({
    '/behauptungen/alt/': '/behauptungen/neu/',
    '/alt': { status: 301, destination: '/quellen/' },
  });

  test('list every moved address with and without its trailing slash, for Netlify/Cloudflare and nginx', () => {
    expect(netlifyRedirects(list).split('\n').slice(1)).toEqual([
      '/behauptungen/alt/ /behauptungen/neu/ 301',
      '/behauptungen/alt /behauptungen/neu/ 301',
      '/alt/ /quellen/ 301',
      '/alt /quellen/ 301',
      '',
    ]);
    expect(nginxRedirectMap(list).split('\n').slice(1)).toEqual([
      '"/behauptungen/alt/" "/behauptungen/neu/";',
      '"/behauptungen/alt" "/behauptungen/neu/";',
      '"/alt/" "/quellen/";',
      '"/alt" "/quellen/";',
      '',
    ]);
  });

  test('refuse a temporary redirect and an address nginx could misread', () => {
    expect(() => redirectList({ '/alt/': { status: 302, destination: '/neu/' } })).toThrow(
      'has status 302; moved addresses forward permanently (301) only',
    );
    expect(() => redirectList({ '/alt/[slug]/': '/neu/[slug]/' })).toThrow(
      '"/alt/[slug]/" must be a path on this site',
    );
    expect(() => redirectList({ '/alt/': 'https://example.org/' })).toThrow(
      '"https://example.org/" must be a path on this site',
    );
  });
});
