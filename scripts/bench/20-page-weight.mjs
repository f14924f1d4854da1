/**
 * Bench part: what a first visit costs. Each page is loaded with an empty cache from nginx
 * (deploy/nginx.conf, gzip as in production); bytes are those on the wire. The brotli column
 * is what a host that compresses with brotli (Netlify, Cloudflare) would send, computed from
 * the same responses. "JS" is the compressed JavaScript loaded before any interaction, "JS run"
 * the part of it that ran; "HTML raw" the page's HTML uncompressed.
 */
import { firstLoad, TYPES } from '../lib/page-weight.mjs';

export const title = 'Page weight on first load (compressed, empty cache)';

export default async function pageWeight(bench) {
  const { url } = await bench.site();
  const browser = await bench.browser();

  const rows = [['page', ...TYPES, 'total (gzip)', 'total (brotli)', 'requests', 'JS run', 'HTML raw']];
  for (const [name, address] of Object.entries(bench.pages)) {
    const load = await firstLoad(browser, url + address);
    if (load.foreign.length > 0) throw new Error(`${address} requested another host: ${load.foreign.join(', ')}`);
    const brotli = load.resources.reduce((sum, resource) => sum + resource.brotli, 0);
    rows.push([
      `${name} ${address}`,
      ...TYPES.map((type) => bench.kb(load.transferredByType[type])),
      bench.kb(load.transferred),
      bench.kb(brotli),
      load.resources.length,
      `${bench.kb(load.scriptBytesRun)} (${load.scriptsRun.length} scripts)`,
      bench.kb(load.resources.filter((resource) => resource.type === 'HTML').reduce((sum, { raw }) => sum + raw, 0)),
    ]);
  }
  bench.table(rows);
}
