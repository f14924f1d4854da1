/**
 * The „Einordnung“ gives context on both sides, names every authority one way, and says what its
 * list is without suggesting that nothing else happened.
 */
import { describe, expect, test } from 'vitest';
import { isVersionPath } from '../../src/routes';
import { all, mainText, parsedPages, readText, textsOf, withoutRecorded, type Root } from '../helpers/html';

// The pages as they read today: a version's own page and the notes of versions record what
// pages said before (versions.test.ts checks them).
const pages = parsedPages()
  .filter((page) => !isVersionPath(page.address))
  .map((page) => ({ address: page.address, page: withoutRecorded(page.tree) }));
const pageAt = (address: string): Root => {
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
function event(page: Root, id: string) {
  const item = all('li', page).find((li) => all(`#ereignis-${id}`, li).length > 0);
  if (!item) throw new Error(`no event ${id}`);
  return item;
}

describe('Schrems II in the Einordnung', () => {
  test.each(['/einordnung/', '/behauptungen/us-regierung-liest-mit/'])(
    '%s dates the judgment to 16 July 2020 and links the press release and the judgment',
    (address) => {
      const item = event(pageAt(address), 'schrems-ii');

      expect(readText(item)).toMatch(/^16\. Juli 2020: Urteil „Schrems II“ des EuGH\n/);
      expect(readText(item)).toContain('Urteil C-311/18 („Schrems II“)');
      const sources = all('p.sources', item)
        .flatMap((line) => all('a', line))
        .map((link) => String(link.properties.href));
      expect(sources).toEqual(SCHREMS_SOURCES);
    },
  );

  test('the page on US authorities shows the judgment before the Data Privacy Framework', () => {
    const text = readText(all('aside', pageAt('/behauptungen/us-regierung-liest-mit/'))[0] ?? pageAt('/'));

    expect(text.indexOf('Schrems II')).toBeGreaterThan(-1);
    expect(text.indexOf('Schrems II')).toBeLessThan(text.indexOf('Data Privacy Framework'));
  });
});

describe('the LfDI Baden-Württemberg', () => {
  test.each(pages.map(({ address, page }) => [address, page] as const))(
    '%s names it only by its official name (a glossary entry lists its other names as such)',
    (_address, page) => {
      const otherNames = new Set(textsOf('.names', page));
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

describe('both sides, attributed', () => {
  test.each(claimPages.map(({ address, page }) => [address, page] as const))(
    '%s shows, with Schrems II, what answered it: EO 14086, the adequacy decision and the Latombe judgment',
    (_address, page) => {
      const aside = all('aside', page)[0] ?? page;
      if (all('#ereignis-schrems-ii', aside).length === 0) return;

      for (const id of ['eo-14086', 'data-privacy-framework', 'latombe']) {
        expect(all(`#ereignis-${id}`, aside), id).toHaveLength(1);
      }
    },
  );

  test('Schrems II is on the pages about US authorities and about transfers, with both sides', () => {
    for (const address of ['/behauptungen/us-regierung-liest-mit/', '/behauptungen/datentransfer-drittstaaten/']) {
      expect(all('#ereignis-schrems-ii', all('aside', pageAt(address))[0] ?? pageAt('/')), address).toHaveLength(1);
    }
  });

  test('the timeline reaches to November 2025 and says what the later findings do not cover', () => {
    const text = mainText(pageAt('/einordnung/'));

    expect(text).toContain('14. November 2025: Mitteilung des hessischen Datenschutzbeauftragten zu Microsoft 365');
    expect(text).toContain(
      'Sie betrifft die Organe und Einrichtungen der EU, nicht Verantwortliche in den Mitgliedstaaten.',
    );
    expect(text).toContain(
      'nicht die Technik der Produkte; die Festlegung der DSK von 2022 ist damit nicht förmlich aufgehoben',
    );
  });

  test('Microsoft’s reaction to the DSK is a reaction to its finding, never an answer „to the DSK“', () => {
    for (const { address, page } of pages) {
      expect(readText(page), address).not.toMatch(/antwortet der DSK/);
    }
  });

  test('/einordnung/ and every aside say when the timeline was last checked', () => {
    expect(mainText(pageAt('/einordnung/'))).toMatch(/Stand der Einordnung: \d{1,2}\. \p{L}+ \d{4}/u);
    for (const { address, page } of claimPages) {
      expect(readText(all('aside', page)[0] ?? page), address).toMatch(
        /Stand der Einordnung: \d{1,2}\. \p{L}+ \d{4}\./u,
      );
    }
  });
});

describe('the Einordnung aside on claim pages', () => {
  test.each(claimPages.map(({ address, page }) => [address, page] as const))(
    '%s is announced once: its list of events is not named like the aside',
    (_address, page) => {
      const aside = all('aside', page)[0] ?? page;
      const lists = all('ol[aria-label]', aside).map((list) => String(list.properties.ariaLabel));

      expect(lists).not.toContain('Einordnung');
    },
  );

  test.each(claimPages.map(({ address, page }) => [address, page] as const))(
    '%s says when the statement was published and never that nothing happened since',
    (_address, page) => {
      const text = readText(all('aside', page)[0] ?? page);

      expect(textsOf('p', all('aside', page)[0] ?? page)[0]).toMatch(
        /^Die Stellungnahme wurde im August 2022 veröffentlicht\./,
      );
      expect(text).not.toMatch(/stammt vom|keine späteren Ereignisse|was seitdem geschah/);
      if (all('ol', all('aside', page)[0] ?? page).length === 0) {
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
