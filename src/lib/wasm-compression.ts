/**
 * Compresses Pagefind's WebAssembly for one language with zopfli into the cache folder, on a
 * worker thread that the search integration starts when a build starts: zopfli takes about a
 * second, which then passes while the pages render, and the bundle written after the build
 * finds the result in the cache (see `recompressWasm` in the search-chunks module). The file
 * depends only on Pagefind's version, which Pagefind gives without indexing the site. The
 * worker loads this file as it is, by Node's type stripping: it imports packages only.
 */
import { gzipAsync } from '@gfx/zopfli';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isMainThread, workerData } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';

/** Where the zopfli-compressed copy of the WebAssembly `content` (decompressed) is kept. */
export function cachedWasmFile(cacheDir: string, content: Uint8Array): string {
  return path.join(cacheDir, `${createHash('sha256').update(content).digest('hex')}.gz`);
}

/** Writes the zopfli-compressed copy of `content` to the cache, unless it is there. */
export async function compressWasm(cacheDir: string, content: Uint8Array): Promise<string> {
  const file = cachedWasmFile(cacheDir, content);
  if (existsSync(file)) return file;
  await mkdir(cacheDir, { recursive: true });
  // Written under another name first, so a build never reads half a file.
  const partial = `${file}.${String(process.pid)}.partial`;
  await writeFile(partial, await gzipAsync(content, { numiterations: 15 }));
  await rename(partial, file);
  return file;
}

/** On the worker thread: asks Pagefind for its WebAssembly of `lang` and compresses it. */
async function work({ cacheDir, lang }: { cacheDir: string; lang: string }): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('; '));
    await index.addCustomRecord({ url: '/', content: 'Wort', language: lang });
    const { files } = await index.getFiles();
    const wasm = files.find((file) => file.path === `wasm.${lang}.pagefind`);
    if (!wasm) throw new Error(`Pagefind has no WebAssembly for "${lang}"`);
    await compressWasm(cacheDir, gunzipSync(wasm.content));
  } finally {
    await pagefind.close();
  }
}

if (!isMainThread) await work(workerData as { cacheDir: string; lang: string });
