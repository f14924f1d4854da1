/**
 * The indexing step that runs after every build (`indexForSearch`), on small hand-written
 * sites: it must write a German index, list the parts of a page marked as results of their
 * own as such, and stop the build when there is nothing to index, a page is not German or a
 * part is marked wrongly.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { indexForSearch } from '../../src/integrations/search-index';
import { searchRecord } from '../../src/lib/search-markup';
import { FIELDS } from '../../src/search-fields';

const sites: string[] = [];

afterEach(async () => {
  await Promise.all(sites.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A built site made of the given pages (path → HTML). */
async function site(pages: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'search-index-'));
  sites.push(dir);
  for (const [name, html] of Object.entries(pages)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), html);
  }
  return dir;
}

interface Found {
  url: string;
  title: string | undefined;
  heading: string | undefined;
}

/** Searches the built site in `dir` with Pagefind's own code, as the browser runs it. */
async function search(dir: string, query: string): Promise<Found[]> {
  const server = createServer((request, response) => {
    readFile(path.join(dir, new URL(request.url ?? '/', 'http://site.invalid').pathname)).then(
      (bytes) => response.end(bytes),
      () => {
        response.statusCode = 404;
        response.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const file = pathToFileURL(path.join(dir, 'pagefind', 'pagefind.js'));
    file.search = `${dir}-${query}`;
    const pagefind = (await import(/* @vite-ignore */ file.href)) as {
      options(options: Record<string, unknown>): Promise<void>;
      search(term: string): Promise<{
        results: {
          data(): Promise<{ url: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
        }[];
      }>;
    };
    await pagefind.options({ basePath: `http://127.0.0.1:${String(port)}/pagefind/`, noWorker: true });
    const { results } = await pagefind.search(query);
    return await Promise.all(
      results.map(async (result) => {
        const data = await result.data();
        const url = new URL(data.url, 'http://site.invalid');
        return { url: url.pathname + url.hash, title: data.meta.title, heading: data.filters[FIELDS.heading]?.[0] };
      }),
    );
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

const attributes = (values: Record<string, string>) =>
  Object.entries(values)
    .map(([name, value]) => `${name}="${value}"`)
    .join(' ');

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

  test('lists a marked part of a page as a result of its own, titled by its mark, and leaves it out of its page', async () => {
    const dir = await site({
      'begriffe/index.html': page(
        'de',
        `<div data-pagefind-body><h1>Begriffe</h1><p>Erklärte Wörter.</p><section ${attributes(searchRecord('glossary', 'schrems-ii', 'Schrems II'))}><h2 id="schrems-ii">Schrems II</h2><p>Ein Urteil über Übermittlungen.</p></section></div>`,
      ),
    });

    expect(await indexForSearch(dir)).toBe(2);

    expect(await search(dir, 'Urteil')).toEqual([{ url: '/begriffe/#schrems-ii', title: '', heading: 'Schrems II' }]);
    expect(await search(dir, 'Wörter')).toEqual([{ url: '/begriffe/', title: 'Begriffe', heading: undefined }]);
  });

  test('fails when a marked part has no title, naming the page and the part', async () => {
    const dir = await site({
      'begriffe/index.html': page(
        'de',
        '<div data-pagefind-body><h1>Begriffe</h1><section data-search-record="dsk"><h2 id="dsk">DSK</h2></section></div>',
      ),
    });

    await expect(indexForSearch(dir)).rejects.toThrow('/begriffe/: the search record "dsk" has no title');
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
