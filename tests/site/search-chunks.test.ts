/**
 * The built word index in small parts (src/lib/search-chunks.ts): a first query fetches one
 * small part, and Pagefind answers every query exactly as it would from one whole index, also
 * in a fresh search that has loaded nothing else.
 *
 * Pagefind's own code runs here in Node, against the files of dist/ served over HTTP: the
 * built index (`/pagefind/`) and the same index put back into one part (`/whole/pagefind/`).
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { byBytes, CHUNK_BYTES, readIndex, rechunkIndex } from '../../src/lib/search-chunks';
import { LANG } from '../../src/strings';
import { QUERIES } from '../e2e/search-queries';

const BUNDLE = path.join('dist', 'pagefind');

interface Result {
  id: string;
  score: number;
  words: number[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string): Promise<{ results: Result[] }>;
  destroy(): Promise<void>;
}

let server: Server;
let origin = '';
let wholeDir = '';

beforeAll(async () => {
  wholeDir = await mkdtemp(path.join(os.tmpdir(), 'whole-index-'));
  await cp(BUNDLE, path.join(wholeDir, 'pagefind'), { recursive: true });
  await rechunkIndex(path.join(wholeDir, 'pagefind'), LANG, (words) => [[...words]]);
  server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://site.invalid');
    const file = pathname.startsWith('/whole/')
      ? path.join(wholeDir, pathname.slice('/whole/'.length))
      : path.join('dist', pathname);
    readFile(file).then(
      (bytes) => response.end(bytes),
      () => {
        response.statusCode = 404;
        response.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${String(typeof address === 'object' && address ? address.port : 0)}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(wholeDir, { recursive: true, force: true });
});

/** Pagefind's code from dist/, as a module instance of its own, reading the bundle at `base`. */
async function pagefindAt(base: string, instance: string): Promise<Pagefind> {
  const file = pathToFileURL(path.join(BUNDLE, 'pagefind.js'));
  file.search = instance;
  const pagefind = (await import(/* @vite-ignore */ file.href)) as Pagefind;
  await pagefind.options({ basePath: `${origin}${base}`, noWorker: true });
  return pagefind;
}

const rounded = (results: Result[]) =>
  results.map(({ id, score, words }) => ({ id, score: Math.round(score * 1e4), words: [...words].sort() }));

test('the index is in more than one part, each of at most the set size (budgets.spec.ts proves a query fetches one)', async () => {
  const { parts } = await readIndex(BUNDLE, LANG);
  expect(parts.length).toBeGreaterThan(1);
  for (const part of parts) {
    const bytes = gunzipSync(await readFile(path.join(BUNDLE, 'index', `${part.name}.pf_index`)));
    if (part.words.length > 1) expect(bytes.length, part.name).toBeLessThanOrEqual(CHUNK_BYTES + 64);
  }
});

test('every search term falls in the one part that holds every word it can match', async () => {
  const { parts } = await readIndex(BUNDLE, LANG);
  const words = parts.flatMap((part) => part.words.map((word) => word[0]));
  // Every start of every word, and every word with one more letter: terms a reader types.
  const terms = new Set(
    words.flatMap((word) =>
      Array.from(word, (_, end) =>
        Array.from(word)
          .slice(0, end + 1)
          .join(''),
      ),
    ),
  );
  for (const word of words) terms.add(`${word}x`);
  const problems: string[] = [];
  for (const term of terms) {
    const holding = parts.filter(({ from, to }) => byBytes(term, from) >= 0 && byBytes(term, to) <= 0);
    if (holding.length !== 1) {
      problems.push(`„${term}“ falls in ${String(holding.length)} parts`);
      continue;
    }
    const loaded = new Set(holding[0]?.words.map((word) => word[0]));
    // What Pagefind matches: words that start with the term, else the longest the term starts with.
    const extensions = words.filter((word) => word.startsWith(term));
    const prefix = words.filter((word) => term.startsWith(word)).sort((a, b) => b.length - a.length)[0];
    for (const word of extensions.length > 0 ? extensions : prefix ? [prefix] : [])
      if (!loaded.has(word)) problems.push(`„${term}“ matches „${word}“ in another part`);
  }
  expect(problems).toEqual([]);
});

test('Pagefind ranks every query the same from the parts, each in a fresh search, as from one whole index', async () => {
  const { parts } = await readIndex(BUNDLE, LANG);
  const starts = new Set(parts.flatMap((part) => part.words.map((word) => Array.from(word[0]).slice(0, 2).join(''))));
  const queries = [...QUERIES.map(({ query }) => query), ...starts];
  const whole = await pagefindAt('/whole/pagefind/', '?whole');
  const differences: string[] = [];
  // A fresh search waits for Pagefind to start (it looks every 50 ms), so a few run side by side.
  const pending = [...queries];
  await Promise.all(
    Array.from({ length: 8 }, async (_, lane) => {
      const chunked = await pagefindAt('/pagefind/', `?parts-${String(lane)}`);
      for (let query = pending.shift(); query !== undefined; query = pending.shift()) {
        await chunked.destroy();
        await chunked.options({ basePath: `${origin}/pagefind/`, noWorker: true });
        const [fromParts, fromWhole] = await Promise.all([chunked.search(query), whole.search(query)]);
        if (JSON.stringify(rounded(fromParts.results)) !== JSON.stringify(rounded(fromWhole.results)))
          differences.push(query);
      }
    }),
  );
  expect(queries.length).toBeGreaterThan(QUERIES.length);
  expect(differences).toEqual([]);
});
