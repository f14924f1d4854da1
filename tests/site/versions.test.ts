/**
 * The versions of every page on the built site: each version at its own address with its text,
 * a link to the page and the changes against the version before it; each page with its Stand,
 * its list of versions and its „Zitieren“ box; every version on the list of changes and in the
 * feed; version pages kept out of search engines, the site search and the sitemap.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import type { Element } from 'hast';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { isVersionPath } from '../../src/routes';
import { FEED_LENGTH } from '../../src/data/model';
import type { PageVersion } from '../../src/data/types';
import { textBlocks } from '../../src/lib/version-text';
import { SITE_URL } from '../../src/site.config';
import { formatDate, isoDate } from '../../src/dates';
import { ui } from '../../src/strings';
import { pageAddresses } from '../helpers/dist';
import { all, attr, meta, one, parsedPage, parsedPages, readText, text } from '../helpers/html';
import { loadModel } from '../helpers/load-content';

const model = await loadModel('content');
const versions: PageVersion[] = model.histories.flatMap((history) => history.versions);
const absolute = (path: string) => new URL(path, SITE_URL).href;

/** Pages that keep no versions, and why (README, „Versions of every page“). */
const NOT_COVERED = ['/behauptungen/', '/suche/', '/aenderungen/'];

/** A diff's block as one of its two versions reads: without the other version's words and the read-out labels. */
function reading(block: Element, without: 'ins' | 'del'): string {
  const copy = structuredClone(block);
  const strip = (node: Element) => {
    node.children = node.children.filter(
      (child) =>
        child.type !== 'element' ||
        (child.tagName !== without && !attr(child, 'className')?.split(' ').includes('visually-hidden')),
    );
    for (const child of node.children) if (child.type === 'element') strip(child);
  };
  strip(copy);
  return readText(copy);
}

/** The blocks shown in a version page's list of changes. */
const diffBlocks = (address: string) => all('.version-changes p, .version-changes li', parsedPage(address).tree);

describe('the pages with versions', () => {
  test('are every page of the site but the lists that only repeat others, the search and the versions themselves', () => {
    const covered = pageAddresses().filter((address) => !isVersionPath(address) && !NOT_COVERED.includes(address));

    expect(model.histories.map((history) => history.address).sort()).toEqual(covered.sort());
  });

  test.each(model.histories.map((history) => [history.address, history] as const))(
    '%s shows its Stand (its latest version’s date) and lists every version, newest first, with its note',
    (address, history) => {
      const { tree } = parsedPage(address);
      const list = one('.page-versions', tree);
      // A claim page has it in its header, the others above their list of versions.
      const stand = one(history.claim ? '.claim-header .meta time' : '.page-versions > p time', tree);

      expect(attr(stand, 'dateTime')).toBe(isoDate(history.latest.date));
      expect(all('li', list).map((item) => [attr(one('a', item), 'href'), readText(item)])).toEqual(
        [...history.versions]
          .reverse()
          .map((version) => [version.path, `Fassung vom ${formatDate(version.date)}: ${version.note}`]),
      );
    },
  );

  test.each(model.histories.map((history) => [history.address, history] as const))(
    '%s offers to cite it in its current version, by that version’s address, and a quotation „zitiert nach“ the report',
    (address, history) => {
      const box = one('section.cite', parsedPage(address).tree);
      const [page, quotation] = all('dd[data-citation]', box).map(text);

      expect(page).toContain(
        `Stand: ${formatDate(history.latest.date)}. ${absolute(history.latest.path)} (abgerufen am`,
      );
      expect(page).toMatch(/^\[Platzhalter: Name des Betreibers\] \(Hrsg\.\): /);
      expect(quotation).toContain('Zitiert nach: einfachdigitallernen.de: „Microsoft stellt klar: ‚Unsere');
      expect(quotation).toContain('(Wortlaut der Zitate abgeglichen am 6. Dezember 2026).');
      expect(quotation).not.toContain('abgerufen');
      // Only this page's citation gets the reader's date.
      expect(all('[data-accessed]', box)).toHaveLength(1);
    },
  );

  test('no page carries the attributes only the version check reads', () => {
    const marked = parsedPages()
      .filter((page) => page.html.includes('data-fassung'))
      .map((page) => page.address);

    expect(marked).toEqual([]);
  });
});

describe('each version’s own page', () => {
  test.each(versions.map((version) => [version.path, version] as const))(
    '%s shows the version’s text and links the page',
    (address, version) => {
      const { tree } = parsedPage(address);
      const status = one('.version-page .status', tree);

      expect(readText(one('.version-text', tree)).split('\n')).toEqual(
        textBlocks(version.text).map((block) => block.text),
      );
      expect(all('a', status).map((link) => attr(link, 'href'))).toEqual([version.page.address]);
      expect(text(one('.status .kind', tree))).toBe(
        version === version.page.latest ? 'Aktuelle Fassung.' : 'Frühere Fassung.',
      );
      expect(readText(one('.note', tree))).toBe(`Was sich geändert hat: ${version.note}`);
    },
  );

  test.each(versions.map((version) => [version.path, version] as const))(
    '%s is kept out of search engines and canonical to its page',
    (address, version) => {
      const { tree, html } = parsedPage(address);

      expect(meta(tree, 'robots')).toBe('noindex');
      expect(all('link[rel="canonical"]', tree).map((link) => attr(link, 'href'))).toEqual([
        absolute(version.page.address),
      ]);
      expect(html).not.toContain('data-pagefind-body');
    },
  );

  test('no version is in the sitemap', () => {
    const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');

    expect(versions.filter((version) => sitemap.includes(`${version.path}</loc>`))).toEqual([]);
    expect(sitemap).toContain(`${absolute('/einordnung/')}</loc>`);
  });

  test.each(versions.filter((version) => version.previous).map((version) => [version.path, version] as const))(
    '%s shows exactly what changed against the version before it',
    (address, version) => {
      const before = textBlocks(version.previous?.text ?? '').map((block) => block.text);
      const after = textBlocks(version.text).map((block) => block.text);
      const blocks = diffBlocks(address);
      const old = blocks.map((block) => reading(block, 'ins')).filter(Boolean);
      const now = blocks.map((block) => reading(block, 'del')).filter(Boolean);
      const rest = (list: string[], shown: string[]) => {
        const left = [...shown];
        return list.filter((block) => {
          const index = left.indexOf(block);
          if (index === -1) return true;
          left.splice(index, 1);
          return false;
        });
      };

      // Every block shown is one of the two texts, and what is not shown is the same in both
      // (compared as sets of blocks: a table repeats its header cells).
      expect(old.every((block) => before.includes(block))).toBe(true);
      expect(now.every((block) => after.includes(block))).toBe(true);
      expect(rest(before, old).sort()).toEqual(rest(after, now).sort());
      for (const block of blocks) expect(reading(block, 'ins')).not.toBe(reading(block, 'del'));
    },
  );

  test('marks deleted and inserted words so that a screen reader says which is which', () => {
    const blocks = diffBlocks('/behauptungen/cloud-ist-unsicher/fassungen/2026-12-02/');
    const answer = blocks.find((block) => text(block).includes('On-Premise-Lösungen'));
    if (!answer) throw new Error('the answer in one sentence is not among the changes');

    expect(reading(answer, 'ins')).toBe(
      'Laut Microsoft Deutschland erhöht die Nutzung der Cloud die Sicherheit und Verfügbarkeit von Daten gegenüber On-Premise-Lösungen.',
    );
    expect(reading(answer, 'del')).toBe(
      'Laut Microsoft Deutschland führt die Cloud-Nutzung im Vergleich zu On-Premise-Lösungen zu einer erhöhten Sicherheit und Verfügbarkeit von Daten.',
    );
    expect(all('del', answer).map(text)[0]).toBe('gestrichen: erhöht');
    expect(all('ins', answer).map(text)[0]).toBe('eingefügt: führt');
  });

  test('the first version of a page says it is the first', () => {
    expect(text(parsedPage('/begriffe/fassungen/2026-12-02/').tree)).toContain(
      'Dies ist die erste Fassung dieser Seite',
    );
    expect(all('.version-changes', parsedPage('/begriffe/fassungen/2026-12-02/').tree)).toEqual([]);
  });
});

describe('the list of changes and the feed', () => {
  test('every version is on the list of changes, and the newest are in the feed, each naming its page and what changed', () => {
    const listed = all('ol.changes > li a', parsedPage('/aenderungen/').tree).map((link) => attr(link, 'href'));
    const feed = parseFeed(readFileSync('dist/aenderungen.xml', 'utf8'));

    expect([...listed].sort()).toEqual(versions.map((version) => version.path).sort());
    expect(feed.items.map((item) => [item.url, item.title])).toEqual(
      model.changes
        .slice(0, FEED_LENGTH)
        .map(({ version }) => [absolute(version.path), `${version.page.name} – ${version.note}`]),
    );
  });

  test('the page and the feed say which pages they cover and which not', () => {
    const feed = parseFeed(readFileSync('dist/aenderungen.xml', 'utf8'));
    const page = text(one('main', parsedPage('/aenderungen/').tree));
    const named = model.histories.filter((history) => !history.claim && history.address !== '/');

    for (const description of [feed.description ?? '', page]) {
      expect(description).toContain(`die Startseite, die Seiten aller ${String(model.claims.length)} Behauptungen`);
      for (const history of named) expect(description).toContain(`„${history.name}“`);
    }
    expect(page).toContain(`Keine Fassungen führen die Liste „${ui.claimsIndex.title}“`);
  });
});
