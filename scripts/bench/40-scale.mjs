/**
 * Bench part: how the cost grows with content. For each size N (BENCH_SCALE, default
 * 10,100,1000 claims in all) the real content is copied into a temporary folder and filled
 * up with synthetic claims, each with VERSIONS versions (recorded as `npm run fassung` does,
 * from the texts of a build that stops at the version check), then built into a folder of its
 * own with empty caches (a first build: every preview image is drawn). Then one claim's answer
 * in one sentence changes: the build stops at the version check (what an author waits for
 * before recording), the change is recorded and the site is built again with the caches of
 * the first build (what an author waits for after recording). Last, the same site without
 * its earlier versions (one version a page: each version's own page is a page to build) is
 * built with the same caches, beside one more build of the site with all versions, so the two
 * differ only in their versions. Reports the build times, the size of the output (by kind of
 * file) and of the search index, and, when the build made a Pagefind index, how long a search
 * takes in Chromium: the first query (loading Pagefind, its WebAssembly and index) and the
 * median of later ones.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { dump, load as parseYaml } from 'js-yaml';
import { runnerImport } from 'vite';
import { startNginx } from '../lib/nginx.mjs';
import { syntheticContent, syntheticHistory } from '../lib/synthetic-content.mjs';
import { kindOf, sizesBy } from './10-build.mjs';

export const title = 'Scale: synthetic claims';

const SIZES = (process.env.BENCH_SCALE ?? '10,100,1000').split(',').map(Number);
/** Versions of each synthetic claim. */
const VERSIONS = 3;
const QUERIES = ['Diagnosedaten', 'Rechenzentren', 'Behörden', 'Verschlüsselung', 'Schule', 'Daten'];

/**
 * Milliseconds for a first query and the median of the following ones, measured in the page,
 * and the bytes the first query transferred (Pagefind as the site loads it: without its worker).
 */
export async function searchLatency(browser, url) {
  const page = await browser.newPage();
  await page.goto(`${url}/`, { waitUntil: 'networkidle' });
  const sizes = [];
  page.on('requestfinished', (request) => sizes.push(request.sizes().then((size) => size.responseBodySize)));
  let firstBytes = 0;
  await page.exposeFunction('benchFirstDone', async () => {
    firstBytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  });
  const times = await page.evaluate(async (queries) => {
    const measured = [];
    const started = performance.now();
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ noWorker: true });
    for (const query of queries) {
      const before = measured.length === 0 ? started : performance.now();
      const search = await pagefind.search(query);
      await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
      measured.push(performance.now() - before);
      if (measured.length === 1) await window.benchFirstDone();
    }
    return measured;
  }, QUERIES);
  await page.close();
  const later = times.slice(1).sort((a, b) => a - b);
  return { cold: times[0] ?? 0, warm: later[Math.floor(later.length / 2)] ?? 0, firstBytes };
}

/**
 * Seconds `npm run build` takes with these settings; throws with its output when it fails, or,
 * with `stops`, when it does not stop at the version check.
 */
function timedBuild(env, what, stops = false) {
  const started = performance.now();
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const seconds = (performance.now() - started) / 1000;
  const output = `${result.stdout}${result.stderr}`;
  if (stops ? !/differs from its latest recorded version/.test(output) : result.status !== 0)
    throw new Error(`${what} ${stops ? 'did not stop at the version check' : 'failed'}:\n${output}`);
  return seconds;
}

/** The site's own recording code, as `npm run fassung` loads it. */
async function siteModule(file) {
  return (await runnerImport(path.resolve(file), { configFile: false, logLevel: 'error', root: process.cwd() })).module;
}

/**
 * Keeps only the latest version of each of `addresses` and takes the earlier versions' addresses
 * out of the list of published addresses: the same site, without its history.
 */
async function keepLatestVersions(content, addresses) {
  const [{ readVersionRegisters }, { versionIds }, { versionPath }] = await Promise.all([
    siteModule('src/lib/version-registers.ts'),
    siteModule('src/data/versions.ts'),
    siteModule('src/routes.ts'),
  ]);
  const registers = await readVersionRegisters(content);
  const earlier = new Set();
  for (const address of addresses) {
    const register = registers.get(address);
    if (!register) continue;
    const file = path.resolve(register.file);
    const versions = parseYaml(await readFile(file, 'utf8'));
    const ids = versionIds(register.versions.map((version) => version.date));
    for (const id of ids.slice(0, -1)) earlier.add(`- ${versionPath(address, id)}`);
    await writeFile(file, dump(versions.slice(-1), { lineWidth: -1 }));
  }
  const list = path.join(content, 'adressen.yaml');
  const lines = (await readFile(list, 'utf8')).split('\n');
  await writeFile(list, lines.filter((line) => !earlier.has(line)).join('\n'));
}

/** Changes one claim's answer in one sentence, so its page, the lists and its preview image change. */
async function changeOneClaim(content) {
  const folder = path.join(content, 'behauptungen');
  const [first] = (await readdir(folder)).filter((name) => name.endsWith('.mdx')).sort();
  if (!first) throw new Error(`no claim in ${folder}`);
  const file = path.join(folder, first);
  const text = await readFile(file, 'utf8');
  const changed = text.replace(/^(summary: [^'"].*)$/m, '$1 (geändert)');
  if (changed === text) throw new Error(`no unquoted summary line in ${file} to change`);
  await writeFile(file, changed);
}

export default async function scale(bench) {
  /** @type {Array<Array<string | number>>} */
  const kinds = [];
  const rows = [
    [
      'claims',
      'first build',
      '1 claim changed: stops at check',
      'rebuild after recording',
      `rebuild, ${VERSIONS} versions a claim`,
      'rebuild, 1 version a claim',
      'pages',
      'dist/',
      'search index',
      'first search',
      'first search bytes',
      'later search (median)',
    ],
  ];
  for (const total of SIZES) {
    const work = await mkdtemp(path.join(os.tmpdir(), `bench-${total}-`));
    try {
      const content = path.join(work, 'content');
      const outDir = path.join(work, 'dist');
      const cacheDir = path.join(work, 'cache');
      await syntheticContent('content', content, total);
      const env = { CONTENT_DIR: content, OUT_DIR: outDir, CACHE_DIR: cacheDir };
      const [{ recordFromLastCheck, TEXTS }, { readVersionRegisters, recordVersions, today }] = await Promise.all([
        siteModule('src/lib/record-versions.ts').then(async (module) => ({
          ...module,
          TEXTS: (await siteModule('src/lib/version-check.ts')).TEXTS_FILE,
        })),
        siteModule('src/lib/version-registers.ts'),
      ]);

      // Not timed: the texts of the new pages, from a build that stops at the version check.
      timedBuild({ ...env, FASSUNG_RUN: randomUUID() }, `first build with ${total} claims`, true);
      const checked = JSON.parse(await readFile(path.join(cacheDir, TEXTS), 'utf8'));
      const registered = await readVersionRegisters(content);
      const fresh = checked.unrecorded.filter((address) => !registered.has(address));
      await syntheticHistory({
        contentDir: content,
        texts: checked.texts,
        fresh,
        changed: checked.unrecorded.filter((address) => registered.has(address)),
        versions: VERSIONS,
        today: today(),
        recordVersions,
      });
      await rm(cacheDir, { recursive: true, force: true });

      const seconds = timedBuild(env, `build with ${total} claims`);
      await changeOneClaim(content);
      const run = randomUUID();
      const stops = timedBuild({ ...env, FASSUNG_RUN: run }, `rebuild with ${total} claims`, true);
      await recordFromLastCheck({
        cacheDir,
        contentDir: content,
        run,
        addresses: 'all',
        note: 'Antwort geändert (Testinhalt).',
        date: today(),
      });
      const rebuild = timedBuild(env, `rebuild with ${total} claims after recording`);
      const withVersions = timedBuild(env, `rebuild with ${total} claims`);
      await keepLatestVersions(content, fresh);
      const withOne = timedBuild(env, `rebuild with ${total} claims and one version each`);

      const sizes = sizesBy(outDir, (file) =>
        file.startsWith('pagefind/') ? 'index' : file.endsWith('.html') ? 'html' : 'other',
      );
      const all = [...sizes.values()].reduce((sum, { bytes }) => sum + bytes, 0);
      for (const [kind, { files, bytes }] of sizesBy(outDir, kindOf)) kinds.push([total, kind, files, bench.kb(bytes)]);
      const index = sizes.get('index');
      let latency = { cold: '–', warm: '–', bytes: '–' };
      if (existsSync(path.join(outDir, 'pagefind', 'pagefind.js'))) {
        const site = await startNginx({ dist: outDir });
        try {
          const measured = await searchLatency(await bench.browser(), site.url);
          latency = {
            cold: `${measured.cold.toFixed(0)} ms`,
            warm: `${measured.warm.toFixed(0)} ms`,
            bytes: bench.kb(measured.firstBytes),
          };
        } finally {
          await site.stop();
        }
      }
      rows.push([
        total,
        `${seconds.toFixed(1)} s`,
        `${stops.toFixed(1)} s`,
        `${rebuild.toFixed(1)} s`,
        `${withVersions.toFixed(1)} s`,
        `${withOne.toFixed(1)} s`,
        sizes.get('html')?.files ?? 0,
        bench.kb(all),
        index ? `${bench.kb(index.bytes)} (${index.files} files)` : 'none',
        latency.cold,
        latency.bytes,
        latency.warm,
      ]);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }
  bench.table(rows);
  console.log('');
  bench.table([['claims', 'dist/ by kind', 'files', 'size'], ...kinds]);
  if (rows.slice(1).every((row) => row[8] === 'none'))
    console.log('\n  no Pagefind index in these builds: search latency follows once the build runs Pagefind');
}
