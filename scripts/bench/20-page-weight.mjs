/**
 * Bench part: what a first visit costs. Each page is loaded with an empty cache from nginx
 * (deploy/nginx.conf, gzip as in production); bytes are those on the wire. The brotli column
 * is what a host that compresses with brotli (Netlify, Cloudflare) would send, computed from
 * the same responses. "JS" is the compressed JavaScript loaded before any interaction, "JS run"
 * the part of it that ran; "HTML raw" the page's HTML uncompressed (inline styles included).
 * The goals are in KiB (1,024 bytes); the table says KB (1,000 bytes), so the first-visit
 * total is printed in KiB too.
 *
 * A reader who arrived by a shared link often reads on: the second table is what each page
 * costs when the reader comes to it from a claim page (another claim page for the claim
 * page), with what that page cached.
 */
import { firstLoad, laterLoad, TYPES } from '../lib/page-weight.mjs';

export const title = 'Page weight on first load (compressed, empty cache)';

export default async function pageWeight(bench) {
  const { url } = await bench.site();
  const browser = await bench.browser();

  const rows = [['page', ...TYPES, 'total (gzip)', 'KiB', 'total (brotli)', 'requests', 'JS run', 'HTML raw']];
  for (const [name, address] of Object.entries(bench.pages)) {
    const load = await firstLoad(browser, url + address);
    if (load.foreign.length > 0) throw new Error(`${address} requested another host: ${load.foreign.join(', ')}`);
    const brotli = load.resources.reduce((sum, resource) => sum + resource.brotli, 0);
    rows.push([
      `${name} ${address}`,
      ...TYPES.map((type) => bench.kb(load.transferredByType[type])),
      bench.kb(load.transferred),
      (load.transferred / 1024).toFixed(2),
      bench.kb(brotli),
      load.resources.length,
      `${bench.kb(load.scriptBytesRun)} (${load.scriptsRun.length} scripts)`,
      bench.kb(load.resources.filter((resource) => resource.type === 'HTML').reduce((sum, { raw }) => sum + raw, 0)),
    ]);
  }
  bench.table(rows);

  console.log('\n  Later pages: coming from a claim page, with what it cached\n');
  const from = bench.pages['claim page'] ?? '/';
  const later = [['page', 'from', 'total (gzip)', 'requests', 'JS run']];
  for (const [name, address] of Object.entries({ ...bench.pages, 'claim page': bench.laterClaimPage })) {
    const load = await laterLoad(browser, url + from, url + address);
    later.push([
      `${name} ${address}`,
      from,
      bench.kb(load.transferred),
      load.resources.length,
      `${bench.kb(load.scriptBytesRun)} (${load.scriptsRun.length} scripts)`,
    ]);
  }
  bench.table(later);
}
