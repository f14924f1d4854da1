/**
 * What a reader's browser downloads and runs on the first visit to a page: every response by
 * type with the bytes on the wire (as the server compressed them), and the JavaScript that
 * runs before the reader does anything. Used by the benchmark and by the budget test, so both
 * measure the same way.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const TYPES = /** @type {const} */ (['HTML', 'CSS', 'JS', 'Fonts', 'Images', 'Other']);

/** @typedef {typeof TYPES[number]} ResourceType */

/**
 * @typedef {object} Resource
 * @property {string} url
 * @property {ResourceType} type
 * @property {number} transferred  response body as sent (compressed when the server compressed it)
 * @property {number} raw          response body uncompressed
 * @property {number} brotli       the body as a brotli-capable host would send it: text compressed with
 *                                 brotli (quality 11), files that are compressed already as they are
 * @property {string} encoding     Content-Encoding, or '' for none
 */

/**
 * @typedef {object} FirstLoad
 * @property {Resource[]} resources
 * @property {Record<ResourceType, number>} transferredByType
 * @property {number} transferred
 * @property {Array<{ url: string, transferred: number, raw: number }>} scriptsRun
 *   scripts that ran before any interaction; `transferred` is compressed (inline scripts: gzip)
 * @property {number} scriptBytesRun  compressed bytes of those scripts
 * @property {string[]} foreign       requests to another host (must stay empty)
 */

/** @param {string} resourceType @param {string} contentType @returns {ResourceType} */
function typeOf(resourceType, contentType) {
  if (resourceType === 'document') return 'HTML';
  if (resourceType === 'stylesheet' || contentType.startsWith('text/css')) return 'CSS';
  if (resourceType === 'script' || /javascript/.test(contentType)) return 'JS';
  if (resourceType === 'font' || contentType.startsWith('font/')) return 'Fonts';
  if (resourceType === 'image' || contentType.startsWith('image/')) return 'Images';
  return 'Other';
}

/**
 * Loads `url` in a fresh browser context (empty cache), waits until the network is quiet,
 * and reports what arrived and what ran.
 *
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @returns {Promise<FirstLoad>}
 */
export async function firstLoad(browser, url) {
  return load(browser, url);
}

/**
 * The same for a later page: `url` loaded after the reader came to `previous` in the same
 * browser, so what `previous` cached (with the caching headers the server sent) is not
 * fetched again. Counts only what `url` costs.
 *
 * @param {import('@playwright/test').Browser} browser
 * @param {string} previous
 * @param {string} url
 * @returns {Promise<FirstLoad>}
 */
export async function laterLoad(browser, previous, url) {
  return load(browser, url, previous);
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {string} [previous]
 * @returns {Promise<FirstLoad>}
 */
async function load(browser, url, previous) {
  const origin = new URL(url).origin;
  const context = await browser.newContext();
  const page = await context.newPage();
  if (previous) await page.goto(previous, { waitUntil: 'networkidle' });
  /** @type {import('@playwright/test').Request[]} */
  const finished = [];
  /** @type {string[]} */
  const foreign = [];
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (/^https?:$/.test(target.protocol) && target.origin !== origin) foreign.push(request.url());
  });
  page.on('requestfinished', (request) => finished.push(request));

  await page.coverage.startJSCoverage({ resetOnNavigation: false });
  // A quiet network, and the load event too: the page's script is a module, which the browser
  // fetches and runs before it, and a quiet network alone can come sooner on a busy machine.
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForLoadState('load');
  const coverage = await page.coverage.stopJSCoverage();

  /** @type {Resource[]} */
  const resources = [];
  for (const request of finished) {
    const response = await request.response();
    if (!response) continue;
    const body = await response.body().catch(() => Buffer.alloc(0));
    const sizes = await request.sizes();
    // Served from the browser's cache (a later page): nothing travelled, so it is no request.
    // Chromium reports such a body size as negative; a revalidation (304) travels and counts.
    if (sizes.responseBodySize < 0) continue;
    const contentType = response.headers()['content-type'] ?? '';
    const text = /^text\/|javascript|json|xml|svg/.test(contentType);
    resources.push({
      url: request.url(),
      type: typeOf(request.resourceType(), contentType),
      transferred: sizes.responseBodySize,
      raw: body.length,
      // Compressed when read, since only the benchmark reads it (the budgets do not).
      get brotli() {
        return text
          ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
          : sizes.responseBodySize;
      },
      encoding: response.headers()['content-encoding'] ?? '',
    });
  }
  await context.close();

  const transferredByType = /** @type {Record<ResourceType, number>} */ (
    Object.fromEntries(TYPES.map((type) => [type, 0]))
  );
  for (const resource of resources) transferredByType[resource.type] += resource.transferred;

  // A script ran when any of its code ran; inline scripts carry the page's address.
  const scriptsRun = coverage
    .filter((entry) => entry.functions.some((fn) => fn.ranges.some((range) => range.count > 0)))
    .map((entry) => {
      const source = entry.source ?? '';
      const file = entry.url === url ? undefined : resources.find((resource) => resource.url === entry.url);
      return {
        url: entry.url === url ? `${entry.url} (inline)` : entry.url,
        transferred: file ? file.transferred : gzipSync(source).length,
        raw: source.length,
      };
    });

  return {
    resources,
    transferredByType,
    transferred: resources.reduce((sum, resource) => sum + resource.transferred, 0),
    scriptsRun,
    scriptBytesRun: scriptsRun.reduce((sum, script) => sum + script.transferred, 0),
    foreign,
  };
}
