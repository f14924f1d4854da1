/**
 * What messengers, search engines and citation tools read, checked in the built files:
 * canonical address, OpenGraph and Twitter tags, the preview image, JSON-LD, the sitemap and
 * robots.txt.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readAddressList } from '../../src/data/addresses';
import { isVersionPath } from '../../src/routes';
import { site, SITE_URL } from '../../src/site.config';
import { pageAddresses } from '../helpers/dist';
import { all, attr, meta, one, parsedPage, parsedPages, text, type Root } from '../helpers/html';
import { CLAIM_PAGES, STATEMENT_URL } from '../helpers/site';

// A version's own page is canonical to its page and has no preview or structured data of its
// own (versions.test.ts checks it).
const pages = parsedPages().filter((page) => page.address.endsWith('/') && !isVersionPath(page.address));

/** A file of the build named by its absolute address on the site. */
function builtFile(url: string): Buffer {
  expect(url.startsWith(SITE_URL), `${url} is on the site`).toBe(true);
  const { pathname } = new URL(url);
  return readFileSync(`dist${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`);
}

/** The chunks of a PNG file by type (each type once, as in the previews), after its signature. */
function pngChunks(bytes: Buffer): Map<string, Buffer> {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  const chunks = new Map<string, Buffer>();
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    chunks.set(bytes.toString('latin1', at + 4, at + 8), bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return chunks;
}

/** Width and height from a PNG's header chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  const header = pngChunks(bytes).get('IHDR') ?? Buffer.alloc(8);
  return { width: header.readUInt32BE(0), height: header.readUInt32BE(4) };
}

function jsonLdGraph(tree: Root): Record<string, unknown>[] {
  const blocks = all('script[type="application/ld+json"]', tree);
  expect(blocks).toHaveLength(1);
  const data = JSON.parse(text(blocks[0])) as { '@context': string; '@graph': Record<string, unknown>[] };
  expect(data['@context']).toBe('https://schema.org');
  return data['@graph'];
}

/** Every address-like value in the JSON-LD, with where it was found. */
function addresses(value: unknown, at = ''): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => addresses(item, `${at}[${String(index)}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) =>
      typeof inner === 'string' && ['url', '@id', 'image'].includes(key)
        ? [[`${at}.${key}`, inner] as [string, string]]
        : addresses(inner, `${at}.${key}`),
    );
  }
  return [];
}

/** The parts of a claim page's `Article` node the tests read. */
interface ArticleNode {
  mainEntityOfPage: unknown;
  about: { '@type': string; text?: string; name?: string; description: string };
  citation: { '@type': string; url: string }[];
  mentions: unknown;
  hasPart: { '@type': string; '@id': string; text: string; spokenByCharacter?: { name: string } }[];
}

describe.each(pages.map((page) => [page.address, page.tree] as const))('%s', (address, tree) => {
  test('has a canonical address, OpenGraph and Twitter tags and a 1200×630 PNG preview image', () => {
    const canonical = attr(one('link[rel="canonical"]', tree), 'href');
    expect(canonical).toBe(new URL(address, SITE_URL).href);
    expect(meta(tree, 'og:url')).toBe(canonical);
    expect(meta(tree, 'og:title')).toBeTruthy();
    expect(meta(tree, 'og:description')).toBe(meta(tree, 'description'));
    expect(meta(tree, 'og:locale')).toBe('de_DE');
    expect(meta(tree, 'twitter:card')).toBe('summary_large_image');
    const image = meta(tree, 'og:image') ?? '';
    expect(meta(tree, 'twitter:image')).toBe(image);
    expect(meta(tree, 'og:image:alt')).toMatch(/^Vorschaubild: /);

    expect(pngSize(builtFile(image))).toEqual({ width: 1200, height: 630 });
  });

  test('has JSON-LD with the site and the page, only absolute addresses and no rating', () => {
    const graph = jsonLdGraph(tree);

    expect(graph.find((node) => node['@type'] === 'WebSite')).toMatchObject({ url: SITE_URL, name: site.name });
    expect(graph.find((node) => node['@type'] === 'WebPage')).toMatchObject({
      url: new URL(address, SITE_URL).href,
      inLanguage: 'de-DE',
    });
    expect(addresses(graph).filter(([, url]) => !/^https?:\/\//.test(url))).toEqual([]);
    expect(JSON.stringify(graph)).not.toContain('ClaimReview');
  });
});

const previewImages = [...new Set(pages.map((page) => meta(page.tree, 'og:image') ?? ''))].sort();

// Each claim has a preview of its own, so their bytes grow with the site: a drawing that loses
// the palette or its few shades between type and background (16–21 KB a file with three) fails
// here. The budget leaves room for claims a little longer than today's, not for more shades.
describe.each(previewImages.map((image) => [new URL(image).pathname, image]))('the preview image %s', (_, image) => {
  test('is a 4-bit palette PNG of at most 16 colours and at most 20 KB', () => {
    const bytes = builtFile(image);
    const chunks = pngChunks(bytes);

    expect(chunks.get('IHDR')?.subarray(8, 10)).toEqual(Buffer.from([4, 3]));
    expect((chunks.get('PLTE')?.length ?? 0) / 3).toBeLessThanOrEqual(16);
    expect(bytes.length).toBeLessThanOrEqual(20_000);
  });
});

test('a claim page is an article whose preview shows its own image, not the site’s', () => {
  const { tree } = parsedPage('/behauptungen/diagnosedaten/');

  expect(meta(tree, 'og:image')).toBe(new URL('/vorschau/behauptungen/diagnosedaten.png', SITE_URL).href);
  expect(meta(tree, 'og:type')).toBe('article');
});

describe.each(CLAIM_PAGES.map((address) => [address]))('the JSON-LD of %s', (address) => {
  test('describes a quoted claim as a Claim and a topic as a Thing, cites the reports, mentions the statement and lists the quotations shown, with their speakers', () => {
    const { tree } = parsedPage(address);
    const wording = text(one('h1', tree));
    const verbatim = all('h1 q', tree).length > 0;
    const shown = all('main figure[id^="zitat-"]', tree).map((figure) => ({
      type: 'Quotation',
      text: text(one('blockquote', figure)),
      speaker: text(one('.speaker', figure)).split(',')[0]?.trim(),
    }));
    const inline = all('main q[id^="zitat-"]', tree).map((q) => attr(q, 'id'));
    const reports = all('section[aria-labelledby="quelle"] ul a', tree).map((link) => attr(link, 'href'));

    const article = jsonLdGraph(tree).find((node) => node['@type'] === 'Article') as unknown as ArticleNode;

    expect(article.mainEntityOfPage).toEqual({ '@id': new URL(address, SITE_URL).href });
    expect(article.about['@type']).toBe(verbatim ? 'Claim' : 'Thing');
    expect(wording).toContain(article.about.text ?? article.about.name);
    expect(article.about.description).toMatch(verbatim ? /wörtlich zitiert/ : /zitiert hier keine Behauptung/);
    expect(article.citation.map((work) => work.url)).toEqual(reports);
    expect(article.citation.map((work) => work.url)).not.toContain(STATEMENT_URL);
    expect(article.mentions).toMatchObject({
      '@type': 'CreativeWork',
      url: STATEMENT_URL,
      author: { '@type': 'Organization', name: 'Microsoft Deutschland' },
    });
    const parts = article.hasPart.filter((quote) => !inline.includes(quote['@id'].split('#')[1]));
    expect(
      parts.map((quote) => ({ type: quote['@type'], text: quote.text, speaker: quote.spokenByCharacter?.name })),
    ).toEqual(shown);
  });
});

test('robots.txt points to the sitemap, which lists every page (not its versions) and nothing else, with absolute addresses', () => {
  const robots = readFileSync('dist/robots.txt', 'utf8');
  const index = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';
  expect(index).toBe(new URL('/sitemap.xml', SITE_URL).href);
  const locations = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');

  const listed = locations(builtFile(index).toString('utf8')).flatMap((sitemap) =>
    locations(builtFile(sitemap).toString('utf8')),
  );

  const moved = new Set(Object.keys(readAddressList('content').redirects));
  const expected = pageAddresses()
    .filter((path) => !moved.has(path) && !isVersionPath(path))
    .map((path) => new URL(path, SITE_URL).href);
  expect(listed.sort()).toEqual(expected.sort());
  expect(listed.some((url) => url.includes('404'))).toBe(false);
});
