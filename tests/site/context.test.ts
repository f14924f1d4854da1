/**
 * The „Einordnung“ gives context on both sides, names every authority one way, and says what its
 * list is without suggesting that nothing else happened.
 */
import { describe, expect, test } from 'vitest';
import { isVersionPath } from '../../src/data/versions';
import { builtHtml } from '../helpers/dist';
import { mainText, parsePage, readText, select, textsOf, withoutRecorded, type Page } from '../helpers/page-text';

// The pages as they read today: a version's own page and the notes of versions record what
// pages said before (versions.test.ts checks them).
const pages = builtHtml()
  .filter((page) => !page.isRedirect && !isVersionPath(page.address))
  .map((page) => ({ address: page.address, page: withoutRecorded(parsePage(page.html)) }));
const pageAt = (address: string): Page => {
  const found = pages.find((candidate) => candidate.address === address);
  if (!found) throw new Error(`no built page ${address}`);
  return found.page;
};
const claimPages = pages.filter(({ address }) => /^\/behauptungen\/[^/]+\/$/.test(address));

const SCHREMS_SOURCES = [
  'https://curia.europa.eu/jcms/upload/docs/application/pdf/2020-07/cp200091en.pdf',
  'https://eur-lex.europa.eu/legal-content/DE/TXT/?uri=CELEX:62018CJ0311',
];

/** The list item of the timeline event with this anchor. */
function event(page: Page, id: string) {
  const item = select(page, 'li').find((li) => select(li, `#ereignis-${id}`).length > 0);
  if (!item) throw new Error(`no event ${id}`);
  return item;
}

describe('Schrems II in the Einordnung', () => {
  test.each(['/einordnung/', '/behauptungen/us-regierung-liest-mit/'])(
    '%s dates the judgment to 16 July 2020 and links the press release and the judgment',
    (address) => {
      const item = event(pageAt(address), 'schrems-ii');

      expect(readText(item)).toMatch(/^16\. Juli 2020\n/);
      expect(readText(item)).toContain('Urteil C-311/18 („Schrems II“)');
      const sources = select(item, 'p.sources')
        .flatMap((line) => select(line, 'a'))
        .map((link) => String(link.properties.href));
      expect(sources).toEqual(SCHREMS_SOURCES);
    },
  );

  test('the page on US authorities shows the judgment before the Data Privacy Framework', () => {
    const text = readText(select(pageAt('/behauptungen/us-regierung-liest-mit/'), 'aside')[0] ?? pageAt('/'));

    expect(text.indexOf('Schrems II')).toBeGreaterThan(-1);
    expect(text.indexOf('Schrems II')).toBeLessThan(text.indexOf('Data Privacy Framework'));
  });
});

describe('the LfDI Baden-Württemberg', () => {
  test.each(pages.map(({ address, page }) => [address, page] as const))(
    '%s names it only by its official name (a glossary entry lists its other names as such)',
    (_address, page) => {
      const otherNames = new Set(textsOf(page, '.names'));
      const text = readText(page)
        .split('\n')
        .filter((line) => !otherNames.has(line))
        .join('\n');

      expect(text).not.toMatch(/LfDI BW|Landesdatenschutzbeauftragte|Datenschutzbeauftragte von Baden/);
      for (const mention of text.matchAll(/Landesbeauftragte[n]? für den Datenschutz(.{0,50})/g)) {
        expect(mention[1]).toMatch(/^ und die Informationsfreiheit Baden-Württemberg/);
      }
    },
  );
});

describe('the Einordnung aside on claim pages', () => {
  test.each(claimPages.map(({ address, page }) => [address, page] as const))(
    '%s says when the statement was published and never that nothing happened since',
    (_address, page) => {
      const text = readText(select(page, 'aside')[0] ?? page);

      expect(textsOf(select(page, 'aside')[0] ?? page, 'p')[0]).toMatch(
        /^Die Stellungnahme wurde im August 2022 veröffentlicht\./,
      );
      expect(text).not.toMatch(/stammt vom|keine späteren Ereignisse|was seitdem geschah/);
      if (select(select(page, 'aside')[0] ?? page, 'ol').length === 0) {
        expect(text).toContain('das heißt nicht, dass seitdem nichts geschehen ist');
      }
    },
  );

  test('the Einordnung page speaks of events before and after the statement, not only since', () => {
    const text = mainText(pageAt('/einordnung/'));

    expect(text).not.toMatch(/was seitdem geschah|stammt vom/);
    expect(text).toMatch(/^Einordnung: Ereignisse vor und nach der Stellungnahme\n/);
  });
});
