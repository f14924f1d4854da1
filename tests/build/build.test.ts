/**
 * The real build, run on copies of the content: broken content must stop `astro build` with a
 * message naming the file and the field, and valid content must render through the
 * configured Markdown pipeline.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
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
  const offlineLog = path.join(work, 'connections.log');
  // Every test build runs with connections to other hosts refused and recorded.
  const result = spawnSync(process.execPath, ['--import', OFFLINE_GUARD, 'node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      OFFLINE_LOG: offlineLog,
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      CACHE_DIR: path.join(work, 'cache'),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  const connections = await readFile(offlineLog, 'utf8').catch(() => '');
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir, connections };
}

const CLAIM = 'behauptungen/cloud-ist-unsicher.mdx';
const OFFLINE_GUARD = path.resolve('tests/helpers/offline.ts');

describe('astro build', () => {
  test('renders MDX through remark-gfm and rehype-slug: tables become <table>, headings get ids', async () => {
    const dir = await brokenCopy(
      'content',
      CLAIM,
      (text) => `${text}\n### Übersicht der Zusagen\n\n| Zusage | Wo |\n| --- | --- |\n| EU | Rechenzentren |\n`,
    );

    const { status, output, outDir } = await build(dir);

    expect(status, output).toBe(0);
    const html = await readFile(path.join(outDir, 'behauptungen/cloud-ist-unsicher/index.html'), 'utf8');
    expect(html).toContain('<table>');
    expect(html).toContain('<h3 id="übersicht-der-zusagen">Übersicht der Zusagen</h3>');
    expect(html).toContain('href="#übersicht-der-zusagen"');
  });

  test('draws the preview images into the output, not into public/, without contacting another host', async () => {
    const dir = await copyContent('content');

    const { status, output, outDir, connections } = await build(dir);

    expect(status, output).toBe(0);
    expect(connections, 'connections to other hosts during the build').toBe('');
    const png = await readFile(path.join(outDir, 'vorschau/behauptungen/cloud-ist-unsicher.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(existsSync('public/vorschau')).toBe(false);
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
    const html = await Promise.all(
      pages.filter((name) => name.endsWith('.html')).map((name) => readFile(path.join(outDir, name), 'utf8')),
    );
    const searchable = html.filter((page) => page.includes('data-pagefind-body'));
    // Every page that marks searchable content is in the index, and every claim page is one of them.
    expect(entry.languages.de?.page_count).toBe(searchable.length);
    const claims = (await readdir(path.join(dir, 'behauptungen'))).filter((name) => name.endsWith('.mdx'));
    for (const claim of claims) {
      const built = await readFile(
        path.join(outDir, 'behauptungen', claim.replace(/\.mdx$/, ''), 'index.html'),
        'utf8',
      );
      expect(built, claim).toContain('data-pagefind-body');
    }
    // Lists that repeat the claims (start page, A–Z, statement, search) are not.
    expect(searchable.length).toBeLessThan(html.length);
  });

  test('fails on an invalid search keyword and names the file and the field', async () => {
    const dir = await brokenCopy('content', CLAIM, (text) =>
      text.replace(/^keywords:.*$/m, 'keywords: [Hackerangriff, "<script>"]'),
    );

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

  test('fails on a malformed change history entry and names the file and the field', async () => {
    const dir = await brokenCopy('content', CLAIM, (text) =>
      text.replace(/^ {2}- date: (\S+)$/m, '  - date: 26.11.2026'),
    );

    const { status, output } = await build(dir);

    expect(status).not.toBe(0);
    expect(output).toContain(path.join(dir, CLAIM));
    expect(output).toContain('changes.0.date');
    expect(output).toContain('is required as a date written YYYY-MM-DD');
  });

  test('fails on a reference to a claim that does not exist and names the file and the field', async () => {
    const dir = await brokenCopy('content', CLAIM, (text) =>
      text.replace('related: [nicht-datenschutzkonform]', 'related: [cloud-ist-sicher]'),
    );

    const { status, output } = await build(dir);

    expect(status).not.toBe(0);
    expect(output).toContain(`${path.join(dir, CLAIM)}: field "related" names "cloud-ist-sicher"`);
  });

  test('fails on a glossary entry whose source or claim does not exist and names the file and the fields', async () => {
    const dir = await brokenCopy('content', 'begriffe.yaml', (text) =>
      text
        .replace('sources: [eurlex-standardvertragsklauseln, dsgvo]', 'sources: [eurlex-scc, dsgvo]')
        .replace('claims: [cloud-ist-unsicher]', 'claims: [cloud-ist-sicher]'),
    );

    const { status, output } = await build(dir);

    expect(status).not.toBe(0);
    const file = path.join(dir, 'begriffe.yaml');
    expect(output).toContain(`${file}: field "standardvertragsklauseln.sources" names "eurlex-scc"`);
    expect(output).toContain(`${file}: field "art-32-ds-gvo.claims" names "cloud-ist-sicher"`);
  });

  test('fails on two claims with the same slug and names both files', async () => {
    const dir = await copyContent('content');
    await mkdir(path.join(dir, 'behauptungen/archiv'));
    await writeFile(
      path.join(dir, 'behauptungen/archiv/cloud-ist-unsicher.mdx'),
      await readFile(path.join(dir, CLAIM), 'utf8'),
    );

    const { status, output } = await build(dir);

    expect(status).not.toBe(0);
    expect(output).toMatch(/the slug "cloud-ist-unsicher" \(the file name\) is already used by/);
    expect(output).toContain('archiv/cloud-ist-unsicher.mdx');
  });

  describe('published addresses', () => {
    /** A content copy in which the claim cloud-ist-unsicher is renamed to cloud-unsicher. */
    async function renamedClaim(editAddresses: (text: string) => string) {
      const dir = await copyContent('content');
      await rename(path.join(dir, CLAIM), path.join(dir, 'behauptungen/cloud-unsicher.mdx'));
      const other = path.join(dir, 'behauptungen/nicht-datenschutzkonform.mdx');
      await writeFile(other, (await readFile(other, 'utf8')).replace('cloud-ist-unsicher]', 'cloud-unsicher]'));
      const terms = path.join(dir, 'begriffe.yaml');
      await writeFile(terms, (await readFile(terms, 'utf8')).replaceAll('cloud-ist-unsicher]', 'cloud-unsicher]'));
      const list = path.join(dir, 'adressen.yaml');
      await writeFile(list, editAddresses(await readFile(list, 'utf8')));
      return dir;
    }

    test('a renamed claim without a redirect fails the build and names the list and the old address', async () => {
      const dir = await renamedClaim((text) => text);

      const { status, output } = await build(dir);

      expect(status).not.toBe(0);
      expect(output).toContain(
        `${path.join(dir, 'adressen.yaml')}: "/behauptungen/cloud-ist-unsicher/" is a published address, but the build no longer has it`,
      );
    });

    test('a renamed claim with a redirect builds: the old address forwards and leaves the sitemap', async () => {
      const dir = await renamedClaim((text) =>
        text.replace(
          '- /behauptungen/cloud-ist-unsicher/\n',
          '- path: /behauptungen/cloud-ist-unsicher/\n  redirect: /behauptungen/cloud-unsicher/\n- /behauptungen/cloud-unsicher/\n',
        ),
      );

      const { status, output, outDir } = await build(dir);

      expect(status, output).toBe(0);
      const old = await readFile(path.join(outDir, 'behauptungen/cloud-ist-unsicher/index.html'), 'utf8');
      expect(old).toMatch(/<meta http-equiv="refresh" content="0;url=\/behauptungen\/cloud-unsicher\/"/);
      const sitemap = await readFile(path.join(outDir, 'sitemap-0.xml'), 'utf8');
      expect(sitemap).toContain('/behauptungen/cloud-unsicher/</loc>');
      expect(sitemap).not.toContain('/behauptungen/cloud-ist-unsicher/</loc>');
    });
  });
});
