#!/usr/bin/env node
/**
 * `npm run bench`: how heavy and how fast the site is. Prints figures; asserts nothing (the
 * budgets are tests of their own).
 *
 * Every file in scripts/bench/ is a part, run in the order of its file name:
 *
 *   export const title = 'Page weight';             // the heading printed above its figures
 *   export default async function (bench) { … }      // prints its figures
 *
 * `bench` gives each part the same tools: `bench.site()` starts (once) nginx with
 * deploy/nginx.conf over dist/ and returns its `url`; `bench.browser()` launches (once) a
 * headless Chromium that can reach nothing but 127.0.0.1; `bench.pages` names the pages to
 * measure; `bench.table(rows)` prints rows of cells as aligned columns.
 *
 *   npm run bench                      all parts
 *   npm run bench -- weight lighthouse only parts whose file name contains one of the words
 *   BENCH_SCALE=10,100 npm run bench -- scale   other sizes for the scale part
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from './lib/browser.mjs';
import { startNginx } from './lib/nginx.mjs';

const PARTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench');

/** @typedef {Awaited<ReturnType<typeof startNginx>>} Site */

/** Prints rows as columns; numbers and figures are right-aligned. @param {Array<Array<string | number>>} rows */
export function table(rows) {
  const cells = rows.map((row) => row.map(String));
  const widths = cells[0]?.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length))) ?? [];
  for (const row of cells) {
    console.log(
      `  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('   ')}`,
    );
  }
}

/** Bytes as a reader would say them: 1 KB = 1,000 bytes, 1 MB = 1,000 KB. @param {number} bytes */
export function kb(bytes) {
  if (bytes < 1000) return `${bytes} B`;
  return bytes < 1_000_000 ? `${(bytes / 1000).toFixed(1)} KB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
}

async function main() {
  const filters = process.argv.slice(2);
  const files = (await readdir(PARTS))
    .filter((file) => file.endsWith('.mjs'))
    .filter((file) => filters.length === 0 || filters.some((word) => file.includes(word)))
    .sort();

  /** @type {Site | undefined} */
  let site;
  /** @type {import('@playwright/test').Browser | undefined} */
  let browser;
  const bench = {
    dist: 'dist',
    pages: {
      'start page': '/',
      'claim page': '/behauptungen/cloud-ist-unsicher/',
      'search page': '/suche/',
    },
    // The claim page a reader of the claim page above is offered next.
    laterClaimPage: '/behauptungen/us-regierung-liest-mit/',
    async site() {
      site ??= await startNginx();
      return site;
    },
    async browser() {
      browser ??= await launchChromium();
      return browser;
    },
    table,
    kb,
  };

  try {
    for (const file of files) {
      const part = await import(pathToFileURL(path.join(PARTS, file)).href);
      console.log(`\n## ${part.title ?? file}\n`);
      await part.default(bench);
    }
  } finally {
    await browser?.close();
    await site?.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
