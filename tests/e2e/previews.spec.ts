/**
 * What messengers, search engines and citation tools read: canonical address, OpenGraph and
 * Twitter tags, the preview image, JSON-LD, the sitemap and robots.txt.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { readAddressList } from '../../src/data/addresses';
import { SITE_URL } from '../../src/site.config';
import { CLAIM_PAGES, expect, test } from './fixtures';
import { pageAddresses } from '../helpers/dist';

const pages = pageAddresses();

/** The parts of a claim page's `Article` node the tests read. */
interface ArticleNode {
  mainEntityOfPage: unknown;
  about: { '@type': string; text: string; description: string };
  citation: unknown;
  hasPart: { '@type': string; text: string; spokenByCharacter?: { name: string } }[];
}

/** Width and height from a PNG's header (the IHDR chunk follows the 8-byte signature). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const meta = (page: Page, key: string) =>
  page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');

/** Fetches an absolute address of the site from the local server. */
const fetchOwn = (request: APIRequestContext, url: string) => request.get(new URL(url).pathname);

async function jsonLdGraph(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  const data = JSON.parse(blocks[0] ?? '') as { '@context': string; '@graph': Record<string, unknown>[] };
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

for (const path of pages) {
  test(`${path} has a canonical address, OpenGraph and Twitter tags and a 1200×630 preview image`, async ({
    page,
    request,
  }) => {
    await page.goto(path);

    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toBe(new URL(path, SITE_URL).href);
    expect(await meta(page, 'og:url')).toBe(canonical);
    expect(await meta(page, 'og:title')).toBeTruthy();
    expect(await meta(page, 'og:description')).toBe(await meta(page, 'description'));
    expect(await meta(page, 'og:locale')).toBe('de_DE');
    expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
    const image = (await meta(page, 'og:image')) ?? '';
    expect(image.startsWith(SITE_URL)).toBe(true);
    expect(await meta(page, 'twitter:image')).toBe(image);
    expect(await meta(page, 'og:image:alt')).toMatch(/^Vorschaubild: /);

    const response = await fetchOwn(request, image);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
  });

  test(`${path} has JSON-LD with the site and the page, and only absolute addresses`, async ({ page }) => {
    await page.goto(path);

    const graph = await jsonLdGraph(page);
    expect(graph.find((node) => node['@type'] === 'WebSite')).toMatchObject({
      url: SITE_URL,
      name: 'Microsofts Stellungnahme zu Microsoft 365',
    });
    expect(graph.find((node) => node['@type'] === 'WebPage')).toMatchObject({
      url: new URL(path, SITE_URL).href,
      inLanguage: 'de-DE',
    });
    const relative = addresses(graph).filter(([, url]) => !url.startsWith('https://') && !url.startsWith('http://'));
    expect(relative).toEqual([]);
    expect(JSON.stringify(graph)).not.toContain('ClaimReview');
  });
}

test('a claim page preview shows its own image, not the site’s', async ({ page }) => {
  await page.goto('/behauptungen/diagnosedaten/');

  expect(await meta(page, 'og:image')).toBe(new URL('/vorschau/behauptungen/diagnosedaten.png', SITE_URL).href);
  expect(await meta(page, 'og:type')).toBe('article');
});

for (const path of CLAIM_PAGES) {
  test(`the JSON-LD of ${path} describes the claim, cites the statement and lists the quotations with speakers`, async ({
    page,
  }) => {
    await page.goto(path);
    const paraphrase = (await page.getByText('Thema, in Worten dieser Website').count()) > 0;
    const wording = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
    const shownQuotes = await page.locator('main figure[id^="zitat-"]').evaluateAll((figures) =>
      figures.map((figure) => ({
        text: figure.querySelector('blockquote')?.textContent.trim(),
        speaker: figure.querySelector('.speaker')?.firstChild?.textContent?.trim(),
      })),
    );

    const article = (await jsonLdGraph(page)).find((node) => node['@type'] === 'Article') as unknown as ArticleNode;

    expect(article.mainEntityOfPage).toEqual({ '@id': new URL(path, SITE_URL).href });
    expect(article.about['@type']).toBe('Claim');
    expect(wording).toContain(article.about.text);
    expect(article.about.description).toMatch(paraphrase ? /zitiert hier keine Behauptung/ : /wörtlich zitiert/);
    expect(article.citation).toMatchObject({
      '@type': 'CreativeWork',
      url: 'https://news.microsoft.com/de-de/sind-microsoft-365-und-microsoft-teams-datenschutzkonform-die-antwort-lautet-ja/',
      author: { '@type': 'Organization', name: 'Microsoft Deutschland' },
    });
    expect(
      article.hasPart.map((quote) => ({
        type: quote['@type'],
        text: quote.text,
        speaker: quote.spokenByCharacter?.name,
      })),
    ).toEqual(shownQuotes.map((quote) => ({ type: 'Quotation', ...quote })));
  });
}

test('the sitemap lists every page and nothing else, with absolute addresses', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  const index = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';
  expect(index).toBe(new URL('/sitemap.xml', SITE_URL).href);
  const sitemaps = [...(await (await fetchOwn(request, index)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => match[1] ?? '',
  );
  const listed: string[] = [];
  for (const sitemap of sitemaps) {
    const xml = await (await fetchOwn(request, sitemap)).text();
    listed.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? ''));
  }

  const moved = new Set(Object.keys(readAddressList('content').redirects));
  const expected = pages.filter((path) => !moved.has(path)).map((path) => new URL(path, SITE_URL).href);
  expect(listed.sort()).toEqual(expected.sort());
  expect(listed.some((url) => url.includes('404'))).toBe(false);
});
