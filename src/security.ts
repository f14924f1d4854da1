/**
 * The site's security headers and caching rules, defined once. The build writes them into
 * `_headers` (Netlify, Cloudflare Pages), into the files `deploy/nginx.conf` includes, and the
 * page's <meta> policy, so every kind of host sends the same.
 *
 * The policy follows from what the built pages load: HTML, stylesheets, scripts and images
 * from the site itself, nothing from anywhere else.
 */
import { SEARCH_BUNDLE_PATH } from './routes';

/** Content-Security-Policy directives, in the order the header lists them. */
export const cspDirectives: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  // Scripts only as files from this site; no inline code, no eval. The search (Pagefind)
  // compiles its WebAssembly, which needs 'wasm-unsafe-eval' and nothing more.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  // Stylesheets from this site; each page's own stylesheet stands inline in its <head> and is
  // allowed by its hash (`withStyleHashes`), never by 'unsafe-inline'.
  'style-src': ["'self'"],
  // The preview images are files of the site; the icon stands in each page as a data: address
  // (`src/lib/site-icon.ts`), so it costs no request.
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  // The search fetches its index fragments from the site.
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  // The search form is the only form; it submits to the site.
  'form-action': ["'self'"],
  // Nobody may frame the site (clickjacking). Only a header can say this, not a <meta> tag.
  'frame-ancestors': ["'none'"],
  'upgrade-insecure-requests': [],
};

/** The policy as one header value: `name source source; name …`. */
export function serializeCsp(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/**
 * The directives with the hashes of the stylesheets the built pages carry inline: each page's
 * <head> holds its own stylesheet, so a first visit needs no request for it. `hashes` are
 * CSP source expressions without quotes (`sha256-…`).
 */
export function withStyleHashes(hashes: readonly string[]): Readonly<Record<string, readonly string[]>> {
  return {
    ...cspDirectives,
    'style-src': [...(cspDirectives['style-src'] ?? []), ...hashes.map((hash) => `'${hash}'`)],
  };
}

/**
 * The policy as a page's own `<meta>` tag writes it, with the hash of that page's stylesheet
 * only (so it also holds on hosts that send no headers). `frame-ancestors` is left out because
 * browsers ignore it in a meta tag.
 */
export function metaPolicy(styleHashes: readonly string[]): string {
  return serializeCsp(
    Object.fromEntries(Object.entries(withStyleHashes(styleHashes)).filter(([name]) => name !== 'frame-ancestors')),
  );
}

/**
 * Browser features the site does not use, switched off for it and anything it might embed.
 * Only features Chromium knows are listed: it warns about unknown ones in the console, and the
 * browser test over nginx fails on that warning.
 * `clipboard-write` stays allowed for the site itself: the copy-link buttons need it.
 */
const deniedFeatures = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

export const permissionsPolicy = [...deniedFeatures.map((feature) => `${feature}=()`), 'clipboard-write=(self)'].join(
  ', ',
);

/**
 * Headers every response carries, the 404 page and redirects included. The header policy is
 * the same for every page, so it allows the stylesheet of every page: `styleHashes` are the
 * hashes the build found in the pages (none before a build).
 */
export function securityHeadersFor(styleHashes: readonly string[]): Readonly<Record<string, string>> {
  return {
    'Content-Security-Policy': serializeCsp(withStyleHashes(styleHashes)),
    'X-Content-Type-Options': 'nosniff',
    // Readers follow links to Microsoft, the EU and data-protection authorities; those sites
    // learn nothing about where the reader came from. The site itself needs no referrer.
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': permissionsPolicy,
    // Two years, as browsers' preload lists expect; subdomains of the site's own host included.
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  };
}

/** Cache-Control for files whose name carries a hash of their content: they never change. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Where those files live: Astro's bundles, and Pagefind's index parts (named by their hash;
 * Pagefind's entry files `pagefind.js` and `pagefind-entry.json` keep their names and are not
 * here).
 */
export const IMMUTABLE_PREFIXES = [
  '/_astro/',
  ...['fragment', 'index', 'filter'].map((folder) => `${SEARCH_BUNDLE_PATH}${folder}/`),
] as const;

/**
 * The `_headers` file for hosts that read it (Netlify, Cloudflare Pages): every header for
 * every path, and long caching for the hashed files. The build writes it into `dist/`.
 * Pages get no Cache-Control here: both hosts revalidate HTML by default, and a value for
 * `/*` would be joined with the one for `/_astro/*` on Cloudflare Pages.
 */
export function headersFile(styleHashes: readonly string[]): string {
  const all = Object.entries(securityHeadersFor(styleHashes)).map(([name, value]) => `  ${name}: ${value}`);
  const immutable = IMMUTABLE_PREFIXES.map((prefix) => `${prefix}*\n  Cache-Control: ${CACHE_IMMUTABLE}`);
  return `# Written by the build from src/security.ts; do not edit.\n/*\n${all.join('\n')}\n${immutable.join('\n')}\n`;
}

/** Cache-Control for everything else (pages, icon, Pagefind's entry files): ask every time. */
export const CACHE_REVALIDATE = 'no-cache';

/** nginx writes a header value in double quotes; a value with one would end it early. */
function nginxQuoted(value: string): string {
  if (value.includes('"')) throw new Error(`security: a header value for nginx contains a double quote: ${value}`);
  return `"${value}"`;
}

/**
 * The security headers as nginx directives, included by `deploy/nginx.conf` inside its
 * `server { }`. `always`: the 404 page and redirects carry them too.
 */
export function nginxHeadersFile(styleHashes: readonly string[]): string {
  const lines = Object.entries(securityHeadersFor(styleHashes)).map(
    ([name, value]) => `add_header ${name} ${nginxQuoted(value)} always;`,
  );
  return `# Written by the build from src/security.ts; do not edit.\n${lines.join('\n')}\n`;
}

/**
 * The entries of the `map` from address to Cache-Control in `deploy/nginx.conf` (its default
 * is CACHE_REVALIDATE): the hashed files, cached for a year.
 */
export function nginxCacheMap(): string {
  const lines = IMMUTABLE_PREFIXES.map((prefix) => `~^${prefix} ${nginxQuoted(CACHE_IMMUTABLE)};`);
  return `# Written by the build from src/security.ts; do not edit.\n${lines.join('\n')}\n`;
}
