/**
 * Bench part: the build of the real site. Builds from scratch (so the other parts measure
 * what the sources give now) and reports the time, the size of dist/ by kind of file and the
 * search index, if the build made one.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
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

export default async function build(bench) {
  rmSync(bench.dist, { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}${result.stderr}`);

  const sizes = sizesBy(bench.dist, kindOf);
  const total = [...sizes.values()].reduce((sum, { bytes }) => sum + bytes, 0);
  bench.table([
    ['npm run build', `${seconds.toFixed(1)} s`],
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
