/**
 * The real build, run on copies of the content, three times in all. One copy fails after its
 * pages are written (an unrecorded change and a published address that no longer answers,
 * both named in one message), then passes once its versions are recorded and the old address
 * forwards: every test about what a build produces reads that build. One broken copy proves
 * that the build stops before rendering and prints every problem the content check gives, all
 * at once (every other way content can be broken is tested through the same check in
 * tests/unit, without a build).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { load } from 'js-yaml';
import { syntheticContent } from '../../scripts/lib/synthetic-content.mjs';
import { HOME_CLAIMS } from '../../src/data/model';
import { formatDate } from '../../src/dates';
import { isVersionPath } from '../../src/routes';
import { recordFromLastCheck } from '../../src/lib/record-versions';
import { today, type RecordedVersion } from '../../src/lib/version-registers';
import { buildEnv } from '../helpers/build-env';
import { all, attr, one, parse, text } from '../helpers/html';
import { brokenCopy, copyContent, loadModel } from '../helpers/load-content';

const CLAIM = 'behauptungen/cloud-ist-unsicher.mdx';
const OFFLINE_GUARD = path.resolve('tests/helpers/offline.ts');

const temporary: string[] = [];

afterAll(async () => {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

/**
 * What a build reads besides the content. Each test build runs in a copy of these (with the
 * project's node_modules linked), so it writes its own `.astro/` and never the project's, where
 * `astro check` and lint read the generated types while these tests run beside them.
 */
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * Builds the site from `contentDir` into a temporary folder, with `env` added to its
 * environment; returns exit code, output, the output and cache folders and the project copy it
 * was built in.
 */
async function build(contentDir: string, env: Record<string, string> = {}) {
  const work = await mkdtemp(path.join(os.tmpdir(), 'build-'));
  temporary.push(work, contentDir);
  const root = path.join(work, 'project');
  await Promise.all(PROJECT_FILES.map((name) => cp(name, path.join(root, name), { recursive: true })));
  await symlink(path.resolve('node_modules'), path.join(root, 'node_modules'), 'dir');
  const outDir = path.join(work, 'dist');
  const cacheDir = path.join(work, 'cache');
  const offlineLog = path.join(work, 'connections.log');
  // Every test build runs with connections to other hosts refused and recorded.
  const result = spawnSync(process.execPath, ['--import', OFFLINE_GUARD, 'node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: buildEnv({
      OFFLINE_LOG: offlineLog,
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      CACHE_DIR: cacheDir,
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...env,
    }),
  });
  const connections = await readFile(offlineLog, 'utf8').catch(() => '');
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir, cacheDir, root, connections };
}

/**
 * A content copy in which the claim cloud-ist-unsicher is renamed to cloud-unsicher; the list
 * of published addresses still has only the old address.
 */
async function renamedClaim() {
  const dir = await copyContent('content');
  await rename(path.join(dir, CLAIM), path.join(dir, 'behauptungen/cloud-unsicher.mdx'));
  // Every reference to the claim by its file name follows the rename.
  for (const file of ['behauptungen/nicht-datenschutzkonform.mdx', 'begriffe.yaml']) {
    const full = path.join(dir, file);
    await writeFile(
      full,
      (await readFile(full, 'utf8')).replaceAll(/\bcloud-ist-unsicher\b(?=[\],])/g, 'cloud-unsicher'),
    );
  }
  return dir;
}

/** Gives the renamed claim's old address a redirect to its new one, as the README describes. */
async function forwardOldAddress(dir: string) {
  const list = path.join(dir, 'adressen.yaml');
  const before = await readFile(list, 'utf8');
  const after = before.replace(
    '- /behauptungen/cloud-ist-unsicher/\n',
    '- path: /behauptungen/cloud-ist-unsicher/\n  redirect: /behauptungen/cloud-unsicher/\n- /behauptungen/cloud-unsicher/\n',
  );
  if (after === before) throw new Error(`${list}: the old address of the renamed claim is not listed`);
  await writeFile(list, after);
}

describe('astro build of changed content: it fails after rendering, then passes once recorded', () => {
  const RENAMED = 'behauptungen/cloud-unsicher.mdx';
  /** The claim whose answer in one sentence changes, and the quotation that changes in the register. */
  const ANSWERED = 'behauptungen/diagnosedaten.mdx';
  const QUOTATION = 'Cloud-Lösungen bilden fortlaufend die aktuellen Sicherheitsanforderungen ab.';
  const CHANGED_QUOTATION = 'Cloud-Lösungen bilden fortwährend die jeweils aktuellen Sicherheitsanforderungen ab.';
  const NOTE = 'Testinhalt: Antwort, Zitat, Tabelle und Adresse geändert.';
  let dir: string;
  let unrecorded: Awaited<ReturnType<typeof build>>;
  let recorded: RecordedVersion[];
  let built: Awaited<ReturnType<typeof build>>;

  /** More claims than the start page lists, so it has to say that there are more. */
  const CLAIMS = HOME_CLAIMS + 2;

  // Two builds for every test here. The content: the real content, with a table and a heading
  // added to one claim and that claim renamed (its old address not yet forwarding), synthetic
  // claims up to CLAIMS, one claim's answer in one sentence changed and a quotation changed in
  // the register. Built as it is, the build stops after rendering: nothing of it is recorded
  // yet, and a published address no longer answers. Then `npm run fassung --
  // --alle-geaenderten` records it (its code, with the texts that build left), the old address
  // gets its redirect the way the README describes, and the content is built again: every
  // other test reads that build.
  beforeAll(async () => {
    const renamed = await renamedClaim();
    dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'content-')), 'content');
    temporary.push(renamed, path.dirname(dir));
    await syntheticContent(renamed, dir, CLAIMS);
    const claim = path.join(dir, RENAMED);
    await writeFile(
      claim,
      `${await readFile(claim, 'utf8')}\n### Übersicht der Zusagen\n\n| Zusage | Wo |\n| --- | --- |\n| EU | Rechenzentren |\n`,
    );
    const answered = path.join(dir, ANSWERED);
    await writeFile(
      answered,
      (await readFile(answered, 'utf8')).replace(/^summary: (.*)\.$/m, 'summary: $1, sagt Microsoft.'),
    );
    const quotes = path.join(dir, 'zitate.yaml');
    await writeFile(quotes, (await readFile(quotes, 'utf8')).replace(QUOTATION, CHANGED_QUOTATION));

    const run = 'build-test';
    unrecorded = await build(dir, { FASSUNG_RUN: run });
    if (unrecorded.status === 0) throw new Error('the build passed although nothing of the changes was recorded');
    recorded = await recordFromLastCheck({
      cacheDir: unrecorded.cacheDir,
      contentDir: dir,
      run,
      addresses: 'all',
      note: NOTE,
      date: today(),
    });
    await forwardOldAddress(dir);
    built = await build(dir);
    if (built.status !== 0) throw new Error(`the build failed after recording:\n${built.output}`);
  }, 600_000);

  /** The pages of the unrecorded build whose text has `words`, by address. */
  async function pagesShowing(words: string): Promise<string[]> {
    const files = (await readdir(unrecorded.outDir, { recursive: true, encoding: 'utf8' })).filter((file) =>
      file.endsWith('index.html'),
    );
    const showing: string[] = [];
    for (const file of files) {
      const address = `/${file.split(path.sep).join('/').slice(0, -'index.html'.length)}`;
      if (!isVersionPath(address) && (await readFile(path.join(unrecorded.outDir, file), 'utf8')).includes(words))
        showing.push(address);
    }
    return showing;
  }

  test('stops while a changed answer is not recorded, naming its page and the first words that differ', () => {
    expect(unrecorded.output).toMatch(
      /The text of \d+ page\(s\) differs from its latest recorded version, or it has none yet\./,
    );
    const register = path.join(dir, 'fassungen/behauptungen/diagnosedaten.yaml');
    const latest = (load(readFileSync(register, 'utf8')) as { date: string }[]).at(-1);
    expect(unrecorded.output).toContain(
      `${register} (/behauptungen/diagnosedaten/, latest version of ${latest ? formatDate(new Date(latest.date)) : '?'}): „… Wahrscheinlichkeit von Sicherheitsrisiken zu verringern. ¶ Themen`,
    );
    expect(unrecorded.output).toContain(
      '→ „… Wahrscheinlichkeit von Sicherheitsrisiken zu verringern, sagt Microsoft. ¶ Themen',
    );
    expect(unrecorded.output).toContain('npm run fassung -- --alle-geaenderten');
  });

  test('stops while a changed quotation is not recorded, naming every page that shows it', async () => {
    const showing = await pagesShowing(CHANGED_QUOTATION);
    const named = [...unrecorded.output.matchAll(/^ {2}- \S+ \((\/[^,)]*)/gm)].map((match) => match[1]);

    expect(showing).toEqual(expect.arrayContaining(['/behauptungen/cloud-unsicher/', '/stellungnahme/']));
    expect(named).toEqual(expect.arrayContaining(showing));
  });

  test('stops while a published address no longer answers, naming the list and the address beside the pages', () => {
    expect(unrecorded.output).toContain(
      `The content has 1 problem(s):\n  - ${path.join(dir, 'adressen.yaml')}: "/behauptungen/cloud-ist-unsicher/" is a published address, but the build no longer has it. Never delete a published address: if the page moved, give this entry a "redirect" to the new address\n`,
    );
  });

  test('records a version of every page the check named, and passes then', () => {
    const named = [...unrecorded.output.matchAll(/^ {2}- \S+ \((\/[^,)]*)/gm)].map((match) => match[1]);

    expect(recorded.map((version) => version.address).sort()).toEqual([...named].sort());
    expect(built.output).toMatch(/all \d+ pages with versions show the text of their latest version/);
  });

  test('the recorded version has its own page, with the changed words marked, and the page names it as its Stand', async () => {
    const day = today();
    const address = recorded.find((version) => version.address === '/behauptungen/diagnosedaten/')?.path ?? '';
    // Its own address, under the day it was recorded (`-2` … when the page had a version that day).
    expect(address).toMatch(new RegExp(`^/behauptungen/diagnosedaten/fassungen/${day}(?:-\\d+)?/$`));
    const version = await readFile(path.join(built.outDir, address, 'index.html'), 'utf8');
    const page = parse(await readFile(path.join(built.outDir, 'behauptungen/diagnosedaten/index.html'), 'utf8'));

    expect(text(one('.version-changes ins', parse(version)))).toBe('eingefügt: , sagt Microsoft');
    expect(version).toContain(NOTE);
    expect(attr(one('.claim-header .meta time', page), 'dateTime')).toBe(day);
  });

  test('contacts no other host while building', () => {
    expect(built.connections, 'connections to other hosts during the build').toBe('');
  });

  test('renders MDX through remark-gfm and rehype-slug: tables become <table>, headings get ids', async () => {
    const html = await readFile(path.join(built.outDir, 'behauptungen/cloud-unsicher/index.html'), 'utf8');

    expect(html).toContain('<table>');
    expect(html).toContain('<h3 id="übersicht-der-zusagen">Übersicht der Zusagen</h3>');
    expect(html).toContain('href="#übersicht-der-zusagen"');
  });

  test('draws the preview images as PNG into the output, not into public/', async () => {
    const png = await readFile(path.join(built.outDir, 'vorschau/behauptungen/cloud-unsicher.png'));

    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(existsSync(path.join(built.root, 'public/vorschau'))).toBe(false);
  });

  test('indexes for the German search every page marked searchable, every claim page among them, the lists not, and each glossary entry and timeline event as a result of its own', async () => {
    const entry = JSON.parse(await readFile(path.join(built.outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const pages = await readdir(built.outDir, { recursive: true });
    const html = await Promise.all(
      pages.filter((name) => name.endsWith('.html')).map((name) => readFile(path.join(built.outDir, name), 'utf8')),
    );
    const searchable = html.filter((page) => page.includes('data-pagefind-body'));
    const claims = (await readdir(path.join(dir, 'behauptungen'))).filter((name) => name.endsWith('.mdx'));

    expect(Object.keys(entry.languages)).toEqual(['de']);
    const { glossary, timeline } = await loadModel(dir);
    expect(entry.languages.de?.page_count).toBe(searchable.length + glossary.length + timeline.length);
    for (const claim of claims) {
      const page = await readFile(
        path.join(built.outDir, 'behauptungen', claim.replace(/\.mdx$/, ''), 'index.html'),
        'utf8',
      );
      expect(page, claim).toContain('data-pagefind-body');
    }
    // Lists that repeat the claims (start page, A–Z, statement, search) are not.
    expect(searchable.length).toBeLessThan(html.length);
  });

  test('lists the first claims on the start page, says how many there are and links the pages that show all', async () => {
    const tree = parse(await readFile(path.join(built.outDir, 'index.html'), 'utf8'));
    const note = one('.more-claims', tree);

    expect(all('.claim-list > li', tree)).toHaveLength(HOME_CLAIMS);
    expect(text(note)).toContain(`die ersten ${String(HOME_CLAIMS)} von ${String(CLAIMS)} Behauptungen`);
    // The pages it speaks of follow it, and each shows every claim: the table, the statement in
    // order, the A–Z list.
    expect(all('.more-claims + ul.more a', tree).map((link) => attr(link, 'href'))).toEqual([
      '/auf-einen-blick/',
      '/stellungnahme/',
      '/behauptungen/',
    ]);
    for (const page of ['auf-einen-blick', 'stellungnahme', 'behauptungen']) {
      const links = all('main a', parse(await readFile(path.join(built.outDir, page, 'index.html'), 'utf8')));
      const claims = new Set(
        links.map((link) => attr(link, 'href')).filter((href) => /^\/behauptungen\/[^/]+\/$/.test(href ?? '')),
      );
      expect(claims.size, page).toBe(CLAIMS);
    }
  });

  test('forwards the old address of a renamed claim and leaves it out of the sitemap', async () => {
    const old = await readFile(path.join(built.outDir, 'behauptungen/cloud-ist-unsicher/index.html'), 'utf8');
    const sitemap = await readFile(path.join(built.outDir, 'sitemap-0.xml'), 'utf8');

    expect(old).toMatch(/<meta http-equiv="refresh" content="0;url=\/behauptungen\/cloud-unsicher\/"/);
    expect(sitemap).toContain('/behauptungen/cloud-unsicher/</loc>');
    expect(sitemap).not.toContain('/behauptungen/cloud-ist-unsicher/</loc>');
  });
});

describe('astro build of broken content', () => {
  test('stops before rendering and prints every problem at once, each with its file and field', async () => {
    // A missing field, and two claims with the same file name in different folders.
    const dir = await brokenCopy('content', CLAIM, (text) => text.replace(/^summary:.*\n/m, ''));
    const original = path.join(dir, 'behauptungen/diagnosedaten.mdx');
    await mkdir(path.join(dir, 'behauptungen/archiv'));
    const copy = path.join(dir, 'behauptungen/archiv/diagnosedaten.mdx');
    await writeFile(copy, await readFile(original, 'utf8'));

    const { status, output } = await build(dir);

    expect(status).not.toBe(0);
    expect(output).toContain(
      `The content has 2 problem(s):\n  - ${path.join(dir, CLAIM)}: field "summary" is required (a text)\n  - ${original}: the slug "diagnosedaten" (the file name) is already used by ${copy}. Each claim needs its own file name, because it is the page's address.\n`,
    );
  });
});
