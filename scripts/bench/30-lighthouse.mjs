/**
 * Bench part: Lighthouse 12 (the version pinned in package.json) in its default mobile
 * emulation (a mid-range phone, simulated slow 4G and CPU throttling), against nginx on
 * 127.0.0.1. The browser resolves no other host, and the part fails if Lighthouse saw a
 * request to one.
 *
 * Not @lhci/cli (checked December 2026): no release depends on this Lighthouse (0.14.0 pins
 * 12.1.0, 0.15.x pins 12.6.1, and Lighthouse after 12.2.3 does not install on Node 20). 0.15.1
 * with an npm override to 12.2.3 installs and runs, but brings 190 more packages, starts a
 * Chromium of its own for every run, and writes whole reports into the project; it picks one
 * representative run instead of each figure's median, so this part would still read every
 * report and take the medians. What it would replace is the loop below.
 */
import lighthouse from 'lighthouse';
import { freePort } from '../lib/nginx.mjs';
import { launchChromium } from '../lib/browser.mjs';
import { median } from '../lib/median.mjs';

export const title = 'Lighthouse 12, mobile emulation';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Runs per page (`BENCH_LIGHTHOUSE_RUNS`, default 5). */
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);

/**
 * One Lighthouse run of `address`; fails on a runtime error or a request to another host.
 * @param {string} url @param {string} address @param {number} port
 */
async function audit(url, address, port) {
  const result = await lighthouse(url + address, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${address}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${address}: ${lhr.runtimeError.message}`);
  const requests =
    /** @type {{ items?: Array<{ url: string }> }} */ (lhr.audits['network-requests']?.details ?? {}).items ?? [];
  const foreign = requests
    .map((item) => item.url)
    .filter((requested) => /^https?:/.test(requested) && !requested.startsWith(url));
  if (foreign.length > 0)
    throw new Error(`Lighthouse saw requests to another host on ${address}: ${foreign.join(', ')}`);
  return lhr;
}

export default async function runLighthouse(bench) {
  const { url } = await bench.site();
  // Lighthouse drives the browser over a DevTools port of its own.
  const port = await freePort();
  const browser = await launchChromium([`--remote-debugging-port=${port}`]);
  try {
    const rows = [
      ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'LCP of each run', 'TBT', 'CLS'],
    ];
    /** @type {string[]} */
    const elements = [];
    for (const [name, address] of Object.entries(bench.pages)) {
      // Lighthouse simulates the slow network from one observed load, and which requests that
      // load saw finish before its first paint varies: the paint times come as the median of
      // RUNS runs, with every run's LCP beside it.
      const runs = [];
      for (let run = 0; run < RUNS; run += 1) runs.push(await audit(url, address, port));
      // Scores and the other audits from the first run.
      const [lhr] = runs;
      if (!lhr) throw new Error('BENCH_LIGHTHOUSE_RUNS must be at least 1');

      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const metric = (id) => lhr.audits[id]?.displayValue ?? '–';
      // Paint times in milliseconds: Lighthouse's own display rounds to a tenth of a second.
      const times = (id) => runs.map((run) => Math.round(run.audits[id]?.numericValue ?? NaN));
      const ms = (id) => `${String(Math.round(median(times(id))))} ms`;
      rows.push([
        `${name} ${address}`,
        ...CATEGORIES.map(score),
        ms('first-contentful-paint'),
        ms('largest-contentful-paint'),
        times('largest-contentful-paint').join(', '),
        metric('total-blocking-time'),
        metric('cumulative-layout-shift'),
      ]);
      const failed = Object.values(lhr.categories)
        .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => lhr.audits[ref.id]))
        .filter((audit) => audit && audit.score !== null && audit.score < 0.9)
        .map((audit) => audit?.id);
      if (failed.length > 0)
        rows.push([`  below 90: ${[...new Set(failed)].join(', ')}`, '', '', '', '', '', '', '', '', '']);
      elements.push(`  ${name}: ${await largestPaint(await bench.browser(), url + address)}`);
    }
    bench.table(rows);
    console.log('\n  Largest contentful paint, element (in Chromium without throttling):');
    for (const line of elements) console.log(line);
  } finally {
    await browser.close();
  }
}

/**
 * The element of the page's largest contentful paint, as Chromium reports it (Lighthouse's own
 * audit of it fails with this Chromium): what a faster page has to get on screen sooner.
 *
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 */
async function largestPaint(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  const element = await page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((list) => {
          const entries = /** @type {Array<PerformanceEntry & { element?: Element, size: number }>} */ (
            list.getEntries()
          );
          const last = entries.at(-1)?.element;
          resolve(
            last
              ? `<${last.localName}${last.id ? `#${last.id}` : ''}${last.className ? `.${String(last.className).split(' ').join('.')}` : ''}> ${(last.textContent ?? '').trim().slice(0, 60)}`
              : '–',
          );
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
  await context.close();
  return element;
}
