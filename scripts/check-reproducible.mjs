#!/usr/bin/env node
/**
 * Rebuilds the site from scratch, into a temporary output and cache folder of its own, and
 * compares the output byte for byte with an earlier build. Identical builds mean a reader (or
 * an auditor) can rebuild a published version from its commit and check that nothing else
 * slipped in.
 *
 *   node scripts/check-reproducible.mjs dist   one rebuild, compared with dist/
 *                                              (`npm run test:reproducible`, which CI runs
 *                                              after `npm test` has built dist/)
 *   node scripts/check-reproducible.mjs        two clean builds, compared with each other
 *
 * Exit 0 when identical, 1 with the differences.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Runs `npm run build` into `work/dist` with a cache of its own; rejects on failure. */
export async function cleanBuild(work) {
  const outDir = path.join(work, 'dist');
  const env = { ...process.env, OUT_DIR: outDir, CACHE_DIR: path.join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
  await new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'build'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => (code === 0 ? resolve(undefined) : reject(new Error(`build failed:\n${output}`))));
  });
  return outDir;
}

/** Every file under `dir` with the SHA-256 of its bytes, by path relative to `dir`. */
export async function fingerprint(dir) {
  const files = new Map();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(
      path.relative(dir, full),
      createHash('sha256')
        .update(await readFile(full))
        .digest('hex'),
    );
  }
  return files;
}

/** What differs between two fingerprints, one line per file; empty when identical. */
export function differences(first, second, names = ['the first build', 'the second build']) {
  const lines = [];
  for (const [file, hash] of first) {
    if (!second.has(file)) lines.push(`only in ${names[0]}: ${file}`);
    else if (second.get(file) !== hash) lines.push(`differs: ${file}`);
  }
  for (const file of second.keys()) if (!first.has(file)) lines.push(`only in ${names[1]}: ${file}`);
  return lines.sort();
}

async function main() {
  const earlier = process.argv[2];
  if (earlier !== undefined && !existsSync(earlier)) {
    console.error(`${earlier} does not exist: run \`npm run build\` first`);
    process.exitCode = 1;
    return;
  }
  const works = await Promise.all(
    (earlier === undefined ? [0, 1] : [0]).map(() => mkdtemp(path.join(os.tmpdir(), 'reproducible-'))),
  );
  try {
    // One after the other: two builds at once on a small machine only slow each other down.
    const first = await fingerprint(earlier ?? (await cleanBuild(works[0])));
    const second = await fingerprint(await cleanBuild(works.at(-1)));
    const [what, names] =
      earlier === undefined
        ? ['two clean builds', undefined]
        : [`${earlier} and a clean rebuild`, [earlier, 'the rebuild']];
    const lines = differences(first, second, names);
    if (lines.length > 0) {
      console.error(`${what} differ in ${lines.length} file(s):\n${lines.join('\n')}`);
      process.exitCode = 1;
    } else {
      console.log(`reproducible: ${what} are identical (${first.size} files)`);
    }
  } finally {
    await Promise.all(works.map((work) => rm(work, { recursive: true, force: true })));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
