/**
 * The indexing step that runs after every build (`indexForSearch`), on small hand-written
 * sites: it must write a German index, and stop the build when there is nothing to index or
 * a page is not German.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { indexForSearch } from '../../src/integrations/search-index';

const sites: string[] = [];

afterEach(async () => {
  await Promise.all(sites.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A built site made of the given pages (path → HTML). */
async function site(pages: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'search-index-'));
  sites.push(dir);
  for (const [name, html] of Object.entries(pages)) await writeFile(path.join(dir, name), html);
  return dir;
}

const page = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>T</title></head><body>${body}</body></html>`;

describe('indexForSearch', () => {
  test('indexes only the marked content and writes a German index', async () => {
    const dir = await site({
      'a.html': page('de', '<nav>Menü</nav><article data-pagefind-body><h1>Rechenzentren</h1></article>'),
      'b.html': page('de', '<main>Eine Liste ohne Suchinhalt</main>'),
    });

    const count = await indexForSearch(dir);

    expect(count).toBe(1);
    const entry = JSON.parse(await readFile(path.join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['de']);
    expect(entry.languages).toMatchObject({ de: { page_count: 1 } });
    expect(await readdir(path.join(dir, 'pagefind/index'))).not.toEqual([]);
  });

  test('fails when no page has content to search', async () => {
    const dir = await site({});

    await expect(indexForSearch(dir)).rejects.toThrow(/no page .* has searchable content/);
  });

  test('fails when a page is not German, because the search loads only the German index', async () => {
    const dir = await site({
      'a.html': page('de', '<article data-pagefind-body><h1>Cloud</h1></article>'),
      'b.html': page('en', '<article data-pagefind-body><h1>Cloud</h1></article>'),
    });

    await expect(indexForSearch(dir)).rejects.toThrow(/lang other than "de" .*\(en\)/);
  });
});
