/**
 * Pagefind's WebAssembly, compressed harder: Pagefind stores it gzip-compressed and inflates it
 * itself, and zopfli writes a gzip stream of the same content 5 % (about 3 KB) smaller, which
 * every reader's first search fetches. Zopfli takes about a second, so:
 *
 * - `startWasmCompression`, when a build starts, runs this file on a worker thread: it asks
 *   Pagefind for its WebAssembly (which depends only on Pagefind's version, not on the site)
 *   and writes the compressed copy into the cache folder while the pages render;
 * - `recompressWasm`, after Pagefind has written the bundle, puts the cached copy in place of
 *   Pagefind's file (compressing on the spot if the worker failed).
 *
 * The worker loads this file as it is, by Node's type stripping: it imports packages only.
 */
import { gzipAsync } from '@gfx/zopfli';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isMainThread, Worker, workerData } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';

/** Pagefind's WebAssembly for a language, by its file name in the bundle. */
const wasmFile = (lang: string) => `wasm.${lang}.pagefind`;

/** Where the zopfli-compressed copy of the WebAssembly `content` (decompressed) is kept. */
function cachedWasmFile(cacheDir: string, content: Uint8Array): string {
  return path.join(cacheDir, `${createHash('sha256').update(content).digest('hex')}.gz`);
}

/** Writes the zopfli-compressed copy of `content` to the cache, unless it is there. */
async function compressWasm(cacheDir: string, content: Uint8Array): Promise<string> {
  const file = cachedWasmFile(cacheDir, content);
  if (existsSync(file)) return file;
  await mkdir(cacheDir, { recursive: true });
  // Written under another name first, so a build never reads half a file.
  const partial = `${file}.${String(process.pid)}.partial`;
  await writeFile(partial, await gzipAsync(content, { numiterations: 15 }));
  await rename(partial, file);
  return file;
}

const WORKER_FILE = path.join(process.cwd(), 'src', 'lib', 'wasm-compression.ts');
/** The key of this worker's job in its `workerData`: other worker threads (a test runner's) import this file too. */
const WORKER_JOB = 'compressPagefindWasm';

/**
 * Starts compressing Pagefind's WebAssembly for `lang` into `cacheDir` on a worker thread.
 * Resolves when the worker is done, also when it failed: `recompressWasm` then compresses on
 * the spot.
 */
export function startWasmCompression(cacheDir: string, lang: string): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_FILE, { workerData: { [WORKER_JOB]: { cacheDir, lang } } });
    // A build that fails before it ends must not wait for the worker.
    worker.unref();
    // Also after a failure: the worker stops either way.
    worker.once('exit', () => {
      resolve();
    });
  });
}

/**
 * Replaces the WebAssembly file of `lang` in the bundle folder `bundleDir` with its
 * zopfli-compressed copy from `cacheDir`, made by `startWasmCompression` (awaited through
 * `started`) or here.
 */
export async function recompressWasm(
  bundleDir: string,
  lang: string,
  cacheDir: string,
  started?: Promise<void>,
): Promise<void> {
  const file = path.join(bundleDir, wasmFile(lang));
  const content = gunzipSync(await readFile(file));
  let cached = cachedWasmFile(cacheDir, content);
  if (!existsSync(cached)) await started;
  if (!existsSync(cached)) cached = await compressWasm(cacheDir, content);
  await writeFile(file, await readFile(cached));
}

/** On the worker thread: asks Pagefind for its WebAssembly of `lang` and compresses it. */
async function work({ cacheDir, lang }: { cacheDir: string; lang: string }): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('; '));
    await index.addCustomRecord({ url: '/', content: 'Wort', language: lang });
    const { files } = await index.getFiles();
    const wasm = files.find((file) => file.path === wasmFile(lang));
    if (!wasm) throw new Error(`Pagefind has no WebAssembly for "${lang}"`);
    await compressWasm(cacheDir, gunzipSync(wasm.content));
  } finally {
    await pagefind.close();
  }
}

const job = isMainThread
  ? undefined
  : (workerData as Record<string, { cacheDir: string; lang: string }> | null)?.[WORKER_JOB];
if (job) await work(job);
