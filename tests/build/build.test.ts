/**
 * The real build, run on copies of the content: broken content must stop `astro build` with a
 * message naming the file and the field, and valid content must render through the
 * configured Markdown pipeline.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { brokenCopy, copyContent } from '../helpers/load-content';

const temporary: string[] = [];

afterAll(async () => {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Builds the site from `contentDir` into a temporary folder; returns exit code, output and folder. */
async function build(contentDir: string) {
  const work = await mkdtemp(path.join(os.tmpdir(), 'build-'));
  temporary.push(work, contentDir);
  const outDir = path.join(work, 'dist');
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      CACHE_DIR: path.join(work, 'cache'),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

const CLAIM = 'behauptungen/cloud-ist-unsicher.mdx';

describe('astro build', () => {
  test('renders MDX through remark-gfm and rehype-slug: tables become <table>, headings get ids', async () => {
    const dir = await brokenCopy('content', CLAIM, (text) => `${text}\n### Übersicht der Zusagen\n\n| Zusage | Wo |\n| --- | --- |\n| EU | Rechenzentren |\n`);

    const { status, output, outDir } = await build(dir);

    expect(status, output).toBe(0);
    const html = await readFile(path.join(outDir, 'behauptungen/cloud-ist-unsicher/index.html'), 'utf8');
    expect(html).toContain('<table>');
    expect(html).toContain('<h3 id="übersicht-der-zusagen">Übersicht der Zusagen</h3>');
    expect(html).toContain('href="#übersicht-der-zusagen"');
  });

  test('indexes the content pages for the German site search after building', async () => {
    const dir = await copyContent('content');

    const { status, output, outDir } = await build(dir);

    expect(status, output).toBe(0);
    const entry = JSON.parse(await readFile(path.join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['de']);
    const pages = await readdir(outDir, { recursive: true });
    const html = await Promise.all(pages.filter((name) => name.endsWith('.html')).map((name) => readFile(path.join(outDir, name), 'utf8')));
    const searchable = html.filter((page) => page.includes('data-pagefind-body'));
    // Every page that marks searchable content is in the index, and every claim page is one of them.
    expect(entry.languages['de']?.page_count).toBe(searchable.length);
    const claims = (await readdir(path.join(dir, 'behauptungen'))).filter((name) => name.endsWith('.mdx'));
    for (const claim of claims) {
      const built = await readFile(path.join(outDir, 'behauptungen', claim.replace(/\.mdx$/, ''), 'index.html'), 'utf8');
      expect(built, claim).toContain('data-pagefind-body');
    }
    // Lists that repeat the claims (start page, A–Z, statement, search) are not.
    expect(searchable.length).toBeLessThan(html.length);
  });

  test('fails on an invalid search keyword and names the file and the field', async () => {
    const dir = await brokenCopy('content', CLAIM, (text) => text.replace(/^keywords:.*$/m, 'keywords: [Hackerangriff, "<script>"]'));

    const { status, output } = await build(dir);

    expect(status).not.toBe(0);
    expect(output).toContain(path.join(dir, CLAIM));
    expect(output).toContain('keywords.1: must be a word or short phrase');
  });

  test('fails on a missing field and names the file and the field', async () => {
    const dir = await brokenCopy('content', CLAIM, (text) => text.replace(/^summary:.*\n/m, ''));

    const { status, output } = await build(dir);

    expect(status).not.toBe(0);
    expect(output).toContain(path.join(dir, CLAIM));
    expect(output).toContain('summary: is required (a text)');
  });

  test('fails on a reference to a claim that does not exist and names the file and the field', async () => {
    const dir = await brokenCopy('content', CLAIM, (text) => text.replace('related: [nicht-datenschutzkonform]', 'related: [cloud-ist-sicher]'));

    const { status, output } = await build(dir);

    expect(status).not.toBe(0);
    expect(output).toContain(`${path.join(dir, CLAIM)}: field "related" names "cloud-ist-sicher"`);
  });

  test('fails on two claims with the same slug and names both files', async () => {
    const dir = await copyContent('content');
    await mkdir(path.join(dir, 'behauptungen/archiv'));
    await writeFile(path.join(dir, 'behauptungen/archiv/cloud-ist-unsicher.mdx'), await readFile(path.join(dir, CLAIM), 'utf8'));

    const { status, output } = await build(dir);

    expect(status).not.toBe(0);
    expect(output).toMatch(/the slug "cloud-ist-unsicher" \(the file name\) is already used by/);
    expect(output).toContain('archiv/cloud-ist-unsicher.mdx');
  });
});
