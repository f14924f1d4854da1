/**
 * `npm run bench`: performance figures of the built site, printed, never asserted.
 * Each part is a module in `bench/` that measures one thing and prints it; add parts to
 * PARTS. Runs against `dist/` (npm run bench builds first), served with gzip on a free
 * local port, in headless Chromium.
 */
import { existsSync } from 'node:fs';
import { launchChromium } from './bench/browser.mjs';
import { benchSearch, printSearch } from './bench/search.mjs';
import { serveSite } from './bench/static-server.mjs';

const SITE = 'dist';

const PARTS = [{ name: 'search', run: benchSearch, print: printSearch }];

if (!existsSync(`${SITE}/pagefind/pagefind.js`)) {
  console.error(`bench: no built site with a search index in ${SITE}/; run "npm run build" first.`);
  process.exit(1);
}

const server = await serveSite(SITE);
const browser = await launchChromium();
try {
  console.log(`Benchmark of ${SITE}/ in headless Chromium ${browser.version()}\n`);
  for (const part of PARTS) {
    part.print(await part.run({ browser, origin: server.origin }));
    console.log();
  }
} finally {
  await browser.close();
  await server.close();
}
