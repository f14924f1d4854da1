/**
 * Every address a built page points to exists: pages, files and `#fragments` on the site,
 * and every link says where it leads. Links to other hosts are listed in
 * `reports/external-links.txt` for a person to check; the tests never fetch them.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { SITE_URL } from '../../src/site.config';
import { builtHtml } from '../helpers/dist';
import { checkLinks } from '../helpers/links';

const DIST = 'dist';
const files = new Set(
  readdirSync(DIST, { recursive: true, encoding: 'utf8' }).map((file) => `/${file.split(path.sep).join('/')}`),
);
const { problems, external } = checkLinks(builtHtml(DIST), files, SITE_URL);

describe('links in the built site', () => {
  test('every internal link, fragment and file reference resolves, and every link text says where it leads', () => {
    expect(problems).toEqual([]);
  });

  test('external links are listed for review, with the pages that use them', () => {
    const lines = [...external.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([url, pages]) => `${url}\t${[...pages].sort().join(' ')}`);
    mkdirSync('reports', { recursive: true });
    writeFileSync('reports/external-links.txt', `${lines.join('\n')}\n`);

    // Every page's footer links to Microsoft's statement; the report must contain it.
    expect(lines.some((line) => line.startsWith('https://news.microsoft.com/'))).toBe(true);
  });
});
