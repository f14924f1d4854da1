/**
 * The build writes the hosts' files from src/security.ts, so every host gets the headers the
 * tests check; their policy allows the inline stylesheet of every page, and each page's own
 * policy allows its own.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { HEADERS_FILE, NGINX_CACHE_FILE, NGINX_HEADERS_FILE } from '../../src/integrations/hosting-files';
import { inlineStyleHashes } from '../../src/integrations/page-rewrites';
import { headersFile, metaPolicy, nginxCacheMap, nginxHeadersFile } from '../../src/security';
import { builtHtml, styleHashes } from '../helpers/dist';

const hashes = styleHashes();

test.each([
  [HEADERS_FILE, headersFile(hashes)],
  [NGINX_HEADERS_FILE, nginxHeadersFile(hashes)],
  [NGINX_CACHE_FILE, nginxCacheMap()],
])('dist/%s is written from src/security.ts', (file, expected) => {
  expect(readFileSync(`dist/${file}`, 'utf8')).toBe(expected);
});

test('every page carries its stylesheet inline, and its own policy allows exactly that by hash', () => {
  for (const page of builtHtml().filter((built) => !built.isRedirect)) {
    const policies = [...page.html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)">/g)];
    const own = inlineStyleHashes(page.html);

    expect(own, page.file).toHaveLength(1);
    expect(
      policies.map((match) => match[1]),
      page.file,
    ).toEqual([metaPolicy(own)]);
    expect(page.html.indexOf(policies[0]?.[0] ?? ''), page.file).toBeLessThan(page.html.indexOf('<style'));
    expect(page.html, page.file).not.toContain('unsafe-inline');
  }
});
