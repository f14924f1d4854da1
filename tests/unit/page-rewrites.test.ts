/**
 * The pass over the finished pages, with the rewrites in the pipeline's order, on a small
 * hand-written site: what a reader's browser gets must hold together, above all the page's
 * policy must allow the stylesheet the page carries in the end.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PAGE_REWRITES } from '../../src/integrations/post-build';
import { rewritePages, styleHashes } from '../../src/integrations/page-rewrites';

const PAGE =
  '<!doctype html><html lang="de"><head><meta charset="utf-8">' +
  '<style>.claim{margin:0}.timeline{gap:1rem}.copy-button{padding:0}</style>' +
  '<script type="module" src="/_astro/page.abc.js"></script></head>' +
  '<body><main class="claim" data-pagefind-body data-pagefind-filter="Typ:Behauptung">' +
  '<span hidden data-pagefind-meta="answer:Nein"></span><h1>Behauptung</h1></main></body></html>';
const FORWARD = '<!doctype html><title>/neu/</title><meta http-equiv="refresh" content="0;url=/neu/">';

let dir = '';
let html = '';
let written: Awaited<ReturnType<typeof rewritePages>> = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'page-rewrites-'));
  await writeFile(path.join(dir, 'index.html'), PAGE);
  await writeFile(path.join(dir, 'alt.html'), FORWARD);
  // The page script adds the copy buttons, so their rules stay.
  await writeFile(path.join(dir, 'page.abc.js'), 'button.className = "copy-button";');

  written = await rewritePages(dir, PAGE_REWRITES);
  html = await readFile(path.join(dir, 'index.html'), 'utf8');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the pages after the rewrites', () => {
  test('carry their stylesheet without the rules of components they do not show, and keep what a script adds', () => {
    expect(html).toContain('<style>.claim{margin:0}.copy-button{padding:0}</style>');
  });

  test('allow in their own policy exactly the stylesheet they carry in the end, by its hash', () => {
    const css = /<style>([^<]*)<\/style>/.exec(html)?.[1] ?? '';
    const hash = `sha256-${createHash('sha256').update(css).digest('base64')}`;

    expect(html).toMatch(
      new RegExp(
        `^<!doctype html><html lang="de"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="[^"]*'${hash.replace(/[+/]/g, '\\$&')}'`,
      ),
    );
    expect(styleHashes(written)).toEqual([hash]);
  });

  test('leave out what only the indexer read, and fetch their script at low priority', () => {
    expect(html).not.toMatch(/data-pagefind-(?:filter|meta)/);
    expect(html).toContain('data-pagefind-body');
    expect(html).toContain('<script type="module" src="/_astro/page.abc.js" fetchpriority="low"></script>');
  });

  test('leave a forwarding page of a moved address as it is', async () => {
    expect(await readFile(path.join(dir, 'alt.html'), 'utf8')).toBe(FORWARD);
    expect(written.map((page) => page.file)).toEqual(['index.html']);
  });
});
