/**
 * The search measurements of `npm run bench` (run by scripts/bench/50-search.mjs): what the first search costs a reader and how fast
 * results follow typing, measured in headless Chromium against the built site.
 *
 * - Bytes: everything a claim page downloads from the moment the reader opens the search
 *   until the first results are on screen (search code, Pagefind's script and worker, its
 *   WebAssembly, index and result data), the query arriving at once (pasted: typed key by key
 *   on a slow machine, results for its first letters would add theirs); plus the scripts the
 *   page ran before (the loader). Response bodies as transferred (compressed where the server
 *   compresses), without HTTP headers.
 * - Time: from the last keystroke to the results being on screen (the frame after the search
 *   UI reports them with its `search-rendered` event). Cold: a fresh browser; the reader points
 *   at the box, clicks into it and starts typing 300 ms later (the whole query at once), so
 *   whatever loading is not done by then is included. Warm: further queries in the same page.
 */
import { median } from './median.mjs';

const PAGE = '/behauptungen/cloud-ist-unsicher/';
const COLD_QUERY = 'Diagnosedaten';
const WARM_QUERIES = [
  'Cloud',
  'Telemetrie',
  'US-Behörden',
  'Rechenzentrum',
  'Schule',
  'Spionage',
  'NSA',
  'Datentransfer',
];

/** @typedef {{ pathname: string, bytes: number }} Download A file the page downloaded, its body's bytes. */

/** Which part of the search a downloaded file belongs to. */
function category(pathname) {
  if (pathname.startsWith('/_astro/')) return 'search code (site)';
  if (/^\/pagefind\/.*\.js$/.test(pathname)) return 'Pagefind script and worker';
  if (/^\/pagefind\/wasm\./.test(pathname)) return 'WebAssembly';
  if (pathname.includes('/fragment/')) return 'result data';
  return 'index';
}

/** Records, in the page, the time of every keystroke and of every rendered result list. */
function instrument() {
  const bench = { lastKey: 0, firstKey: 0, rendered: [] };
  window.__bench = bench;
  document.addEventListener(
    'keydown',
    () => {
      bench.lastKey = performance.now();
      bench.firstKey ||= bench.lastKey;
    },
    true,
  );
  document.addEventListener('search-rendered', (event) => {
    const { firstKey, lastKey } = bench;
    // After the frame that shows the results.
    requestAnimationFrame(() =>
      setTimeout(() => bench.rendered.push({ query: event.detail.query, at: performance.now(), firstKey, lastKey })),
    );
  });
}

async function renderedFor(page, query) {
  const handle = await page.waitForFunction((q) => window.__bench.rendered.find((entry) => entry.query === q), query);
  return handle.jsonValue();
}

/**
 * A reader's first search on a claim page with an empty cache: points at the header box, clicks
 * into it and, after `pauseMs`, types the query. Returns the milliseconds from the last
 * keystroke to the results on screen and the files downloaded before and after opening the
 * search. Typed key by key, a slow machine may show results for the first letters on the way,
 * which fetches their data too; with `paste` the query arrives at once, as when pasted, and the
 * bytes are those of the one query whatever the machine's speed: tests use that.
 *
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 * @param {{ pauseMs?: number, paste?: boolean }} [options]
 * @returns {Promise<{ ms: number, before: Download[], after: Download[] }>}
 */
export async function coldRun(browser, origin, { pauseMs = 300, paste = false } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(instrument);
  /** @type {Download[]} */
  const before = [];
  /** @type {Download[]} */
  const after = [];
  let opened = false;
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes();
    const entry = { pathname: new URL(request.url()).pathname, bytes: sizes.responseBodySize };
    (opened ? after : before).push(entry);
  });

  await page.goto(origin + PAGE, { waitUntil: 'networkidle' });
  opened = true;
  const box = page.getByRole('banner').getByRole('searchbox');
  await box.hover();
  await box.click();
  // A reader's pause between focusing the box and the first key: a bench, not a test.
  if (pauseMs > 0) await page.waitForTimeout(pauseMs);
  if (paste) await box.fill(COLD_QUERY);
  else await page.keyboard.type(COLD_QUERY);
  const { at, lastKey } = await renderedFor(page, COLD_QUERY);
  await page.waitForLoadState('networkidle');
  await context.close();
  return { ms: at - lastKey, before, after };
}

async function warmRuns(browser, origin, rounds) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(instrument);
  await page.goto(origin + PAGE, { waitUntil: 'networkidle' });
  await page.keyboard.press('/');
  await page.keyboard.type(COLD_QUERY);
  await renderedFor(page, COLD_QUERY);

  const times = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const query of WARM_QUERIES) {
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await page.evaluate(() => (window.__bench.rendered = []));
      await page.keyboard.type(query);
      const { at, lastKey } = await renderedFor(page, query);
      times.push(at - lastKey);
    }
  }
  await context.close();
  return times;
}

/** Runs the search benchmark; `runs` cold starts, `rounds` passes over the warm queries. */
export async function benchSearch({ browser, origin, runs = 7, rounds = 3 }) {
  const first = await coldRun(browser, origin, { pauseMs: 0, paste: true });
  const cold = [];
  for (let run = 0; run < runs; run += 1) cold.push((await coldRun(browser, origin)).ms);
  const warm = await warmRuns(browser, origin, rounds);

  const bytes = {};
  for (const { pathname, bytes: size } of first.after) {
    const name = category(pathname);
    bytes[name] = { bytes: (bytes[name]?.bytes ?? 0) + size, files: (bytes[name]?.files ?? 0) + 1 };
  }
  const loader = first.before.filter(({ pathname }) => pathname.endsWith('.js'));
  return {
    page: PAGE,
    query: COLD_QUERY,
    loaderBytes: loader.reduce((sum, { bytes: size }) => sum + size, 0),
    loaderFiles: loader.length,
    firstQueryBytes: bytes,
    firstQueryTotal: first.after.reduce((sum, { bytes: size }) => sum + size, 0),
    coldMs: { median: median(cold), min: Math.min(...cold), max: Math.max(...cold), runs: cold.length },
    warmMs: { median: median(warm), min: Math.min(...warm), max: Math.max(...warm), runs: warm.length },
  };
}

const ms = (value) => `${Math.round(value)} ms`;

/** Prints the result of `benchSearch`; `kb` formats bytes the way the rest of the bench does. */
export function printSearch(result, kb) {
  console.log(`Search (on ${result.page}, first query „${result.query}“)`);
  console.log(
    `  scripts run before the reader reaches for the search: ${kb(result.loaderBytes)} in ${result.loaderFiles} file(s)`,
  );
  console.log('  bytes transferred for the first query, pasted at once (response bodies as served, gzip for text):');
  for (const [name, { bytes, files }] of Object.entries(result.firstQueryBytes)) {
    console.log(`    ${name.padEnd(28)} ${kb(bytes).padStart(9)}  (${files} file${files === 1 ? '' : 's'})`);
  }
  console.log(`    ${'total'.padEnd(28)} ${kb(result.firstQueryTotal).padStart(9)}`);
  console.log('  last keystroke to rendered results (cold: typed 300 ms after pointing at and clicking into the box):');
  const line = (label, { median: m, min, max, runs }) =>
    console.log(`    ${label.padEnd(6)} median ${ms(m).padStart(7)}   (min ${ms(min)}, max ${ms(max)}, ${runs} runs)`);
  line('cold', result.coldMs);
  line('warm', result.warmMs);
}
