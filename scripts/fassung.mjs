#!/usr/bin/env node
/**
 * `npm run fassung`: records a new version of pages whose text changed.
 *
 *   npm run fassung -- /behauptungen/diagnosedaten/ /auf-einen-blick/ "Antwort in einem Satz neu gefasst."
 *   npm run fassung -- --alle-geaenderten "Zitat von Wolfgang Döring berichtigt."
 *
 * Builds the site (the build's version check reads every page's text and leaves it in the
 * cache folder, and fails while a version is missing), then appends a version dated today
 * with that text and the note to each page's register under content/fassungen/ and lists its
 * address in content/adressen.yaml. Works in a fresh clone after `npm ci`. CONTENT_DIR and
 * CACHE_DIR apply as for the build.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { runnerImport } from 'vite';

const ALL = '--alle-geaenderten';
const USAGE = `Records a new version of pages whose text changed, dated today:

  npm run fassung -- <address> [<address> …] "<what changed, for readers>"
  npm run fassung -- ${ALL} "<what changed, for readers>"

An address is the page's, e.g. / or /behauptungen/diagnosedaten/. ${ALL} records every page
whose text the build found changed. The note is German, one or two sentences, e.g.
"Antwort in einem Satz neu gefasst." A typography fix is a version too: say so.`;

const args = process.argv.slice(2);
const all = args.includes(ALL);
const rest = args.filter((arg) => arg !== ALL);
const note = rest.at(-1);
const addresses = rest.slice(0, -1);
// Either addresses or --alle-geaenderten, and a note last.
const wellFormed = note !== undefined && !note.startsWith('/') && (all ? addresses.length === 0 : addresses.length > 0);
if (args.includes('--help') || !wellFormed) {
  console.error(USAGE);
  process.exit(args.includes('--help') ? 0 : 1);
}

const run = randomUUID();
console.log('Building the site to read the text of every page with versions …');
const build = spawnSync(process.execPath, [path.join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
  encoding: 'utf8',
  env: { ...process.env, FASSUNG_RUN: run, ASTRO_TELEMETRY_DISABLED: '1' },
});

const load = async (file) =>
  (await runnerImport(path.resolve(file), { configFile: false, logLevel: 'error', root: process.cwd() })).module;
const [{ recordFromLastCheck }, { today }, { CONTENT_DIR }] = await Promise.all([
  load('src/lib/record-versions.ts'),
  load('src/lib/version-registers.ts'),
  load('src/content-dir.ts'),
]);
// Astro's cache folder, where the build's version check left the texts: CACHE_DIR as the
// configuration sets it, otherwise Astro's default.
const cacheDir = path.resolve(process.env.CACHE_DIR ?? path.join('node_modules', '.astro'));

try {
  const recorded = await recordFromLastCheck({
    cacheDir,
    contentDir: CONTENT_DIR,
    run,
    addresses: all ? 'all' : addresses,
    note,
    date: today(),
  });
  for (const version of recorded) console.log(`  ${version.path}  (${version.file})`);
  console.log(`Recorded ${String(recorded.length)} version(s). Run \`npm run build\`: it checks them.`);
} catch (error) {
  if (build.status !== 0 && !/differs from its latest recorded version/.test(build.stdout + build.stderr)) {
    process.stderr.write(build.stdout + build.stderr);
  }
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
