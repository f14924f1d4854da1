/**
 * The changes on the built site: /aenderungen/ lists every change, newest first, and the feed
 * at /aenderungen.xml carries the newest of them as valid RSS, read with a real feed parser,
 * with absolute addresses from SITE_URL and no tracking parameters. Every page announces it.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { FEED_LENGTH } from '../../src/data/model';
import { site, SITE_URL } from '../../src/site.config';
import { isoDate } from '../../src/dates';
import { all, attr, one, parsedPage, parsedPages, readText, text } from '../helpers/html';
import { loadModel } from '../helpers/load-content';

const model = await loadModel('content');
const xml = readFileSync('dist/aenderungen.xml', 'utf8');
const pages = parsedPages();
const FEED_URL = new URL('/aenderungen.xml', SITE_URL).href;

describe('the feed /aenderungen.xml', () => {
  test('is well-formed XML and an RSS feed a feed reader understands', () => {
    // Throws with line and column on the first syntax error.
    expect(() => SyntaxValidator.validate(xml)).not.toThrow();

    const feed = parseFeed(xml);

    expect(feed.meta.type).toBe('rss');
    expect(feed.meta.version).toBe('2.0');
    expect(feed.title).toBe(`${site.name}: Änderungen`);
    expect(feed.language).toBe('de-DE');
    expect(feed.url).toBe(new URL('/aenderungen/', SITE_URL).href);
  });

  test('says how many changes it carries at most, of which site, and names the page that lists all of them', () => {
    const feed = parseFeed(xml);
    const heading = text(one('h1', parsedPage('/aenderungen/').tree));

    // The site by its one name, which names both products: never a shorter description of it.
    expect(feed.description).toContain(`der Website „${site.name}“`);
    expect(feed.description).toContain(`bis zu ${String(FEED_LENGTH)}`);
    expect(feed.description).toContain(`„${heading}“`);
  });

  test('has one item per version, newest first, as many as the feed carries, each linking the version with an id of its own', () => {
    const feed = parseFeed(xml);

    expect(feed.items.map((item) => [item.url, item.published?.toISOString().slice(0, 10), item.description])).toEqual(
      model.changes
        .slice(0, FEED_LENGTH)
        .map(({ version }) => [new URL(version.path, SITE_URL).href, isoDate(version.date), version.note]),
    );
    const ids = feed.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe(new URL(`/aenderungen/#${model.changes[0]?.id ?? ''}`, SITE_URL).href);
  });

  test('uses absolute addresses on this site only, without query strings or tracking parameters', () => {
    const feed = parseFeed(xml);
    const addresses = [feed.url, ...feed.items.flatMap((item) => [item.url, item.id])].map(String);

    for (const address of addresses) {
      const url = new URL(address);
      expect(url.origin, address).toBe(new URL(SITE_URL).origin);
      expect(url.search, address).toBe('');
    }
    expect(xml).not.toMatch(/utm_|[?&](?:ref|source|campaign)=/i);
  });
});

describe('the page /aenderungen/', () => {
  test('lists every version newest first, each linking the version’s own address', () => {
    const entries = all('li[id]', parsedPage('/aenderungen/').tree).map((entry) => ({
      id: attr(entry, 'id'),
      href: attr(one('a', entry), 'href'),
      date: attr(all('time', entry).at(-1) ?? entry, 'dateTime'),
      // As typed, no-break spaces kept.
      text: readText(entry),
    }));

    expect(entries.map((entry) => [entry.id, entry.href, entry.date])).toEqual(
      model.changes.map(({ id, version }) => [id, version.path, isoDate(version.date)]),
    );
    entries.forEach((entry, index) => {
      expect(entry.text).toContain(model.changes[index]?.version.note);
    });
  });

  test('is in the sitemap', () => {
    expect(readFileSync('dist/sitemap-0.xml', 'utf8')).toMatch(/<loc>[^<]*\/aenderungen\/<\/loc>/);
  });
});

test.each(pages.map((page) => [page.address, page.tree]))('%s announces the feed of changes', (_address, tree) => {
  const alternates = all('link[rel~="alternate"]', tree).map((link) => link.properties);

  expect(alternates).toEqual([expect.objectContaining({ type: 'application/rss+xml', href: FEED_URL })]);
});
