/**
 * Search: bytes of the first query (search code, Pagefind, WebAssembly, index) and the time
 * from a keystroke to rendered results, cold and warm. The measuring lives in
 * scripts/lib/search-bench.mjs.
 */
import { existsSync } from 'node:fs';
import { benchSearch, printSearch } from '../lib/search-bench.mjs';

export const title = 'Search';

/** @param {any} bench */
export default async function (bench) {
  if (!existsSync(`${bench.dist}/pagefind/pagefind.js`)) {
    console.log('  no search index in dist/pagefind/; run "npm run build" first');
    return;
  }
  const site = await bench.site();
  printSearch(await benchSearch({ browser: await bench.browser(), origin: site.url.replace(/\/$/, '') }), bench.kb);
}
