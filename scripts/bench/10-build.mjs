/**
 * Bench part: the build of the real site. Builds from scratch (so the other parts measure
 * what the sources give now): once with empty caches, as a first build or CI does (every
 * preview image is drawn), and once more with the caches that build left, as an author's
 * next build. Reports both times, the size of dist/ by kind of file and the search index, if
 * the build made one.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const title = 'Build';

/** Bytes of every file under `dir`, grouped by `group(relative path)`. */
export function sizesBy(dir, group) {
  /** @type {Map<string, { files: number, bytes: number }>} */
  const sizes = new Map();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const full = path.join(dir, file);
    if (!statSync(full).isFile()) continue;
    const key = group(file.split(path.sep).join('/'));
    const entry = sizes.get(key) ?? { files: 0, bytes: 0 };
    entry.files += 1;
    entry.bytes += statSync(full).size;
    sizes.set(key, entry);
  }
  return sizes;
}

/** The kind of a file in dist/, for the size table. */
export function kindOf(file) {
  if (file.startsWith('pagefind/')) return 'search index (pagefind/)';
  if (file.startsWith('_') && !file.includes('/')) return 'hosting files (_headers, _redirects…)';
  const extension = path.extname(file).slice(1) || '(none)';
  return (
    { html: 'HTML', css: 'CSS', js: 'JS', svg: 'images', png: 'images', jpg: 'images', webp: 'images', woff2: 'fonts' }[
      extension
    ] ?? extension
  );
}

/** Seconds a build from scratch into dist/ takes with the caches in `cacheDir`. */
function timedBuild(bench, cacheDir) {
  rmSync(bench.dist, { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}${result.stderr}`);
  return seconds;
}

export default async function build(bench) {
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'bench-cache-'));
  let cold;
  let warm;
  try {
    cold = timedBuild(bench, cacheDir);
    warm = timedBuild(bench, cacheDir);
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }

  const sizes = sizesBy(bench.dist, kindOf);
  const total = [...sizes.values()].reduce((sum, { bytes }) => sum + bytes, 0);
  bench.table([
    ['npm run build, empty caches', `${cold.toFixed(1)} s`],
    ['npm run build again, with its caches', `${warm.toFixed(1)} s`],
    ['dist/ in all', bench.kb(total)],
  ]);
  console.log('');
  bench.table([
    ['kind', 'files', 'size'],
    ...[...sizes]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kind, { files, bytes }]) => [kind, files, bench.kb(bytes)]),
  ]);
}
