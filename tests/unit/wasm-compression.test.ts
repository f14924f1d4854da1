/**
 * Pagefind's WebAssembly compressed harder (src/lib/wasm-compression.ts): the file in the bundle
 * keeps its content, gets smaller, and a later build takes it from the cache.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, expect, test } from 'vitest';
import { recompressWasm } from '../../src/lib/wasm-compression';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

test('the WebAssembly keeps its content, gets smaller than Pagefind wrote it, and is kept in the cache', async () => {
  const work = await mkdtemp(path.join(os.tmpdir(), 'wasm-compression-'));
  folders.push(work);
  const cache = path.join(work, 'cache');
  const file = path.join(work, 'wasm.de.pagefind');
  // Stands in for the WebAssembly: anything gzip compresses, written as Pagefind writes it.
  const content = Buffer.from(
    Array.from({ length: 4000 }, (_, index) => `wort${String((index * 7919) % 613)} `).join(''),
  );
  const asPagefindWrites = gzipSync(content);
  await writeFile(file, asPagefindWrites);

  await recompressWasm(work, 'de', cache);

  const written = await readFile(file);
  expect(gunzipSync(written).equals(content)).toBe(true);
  expect(written.length).toBeLessThan(asPagefindWrites.length);
  const cached = await readdir(cache);
  expect(cached).toHaveLength(1);

  // The next build's Pagefind writes the same file again: the copy comes from the cache, not
  // from compressing again (a cache file told apart by its own bytes proves it).
  const fromCache = gzipSync(content, { level: 9 });
  await writeFile(path.join(cache, cached[0] ?? ''), fromCache);
  await writeFile(file, asPagefindWrites);
  await recompressWasm(work, 'de', cache);
  expect((await readFile(file)).equals(fromCache)).toBe(true);
});
