/**
 * Astro's cache folder, where build steps keep what a later build can reuse (preview images,
 * Pagefind's compressed WebAssembly). `CACHE_DIR` lets the tests and the benchmark build with
 * caches of their own; otherwise it is Astro's default.
 */
import path from 'node:path';

export const BUILD_CACHE = path.resolve(process.env.CACHE_DIR ?? path.join('node_modules', '.astro'));
