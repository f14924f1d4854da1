/**
 * The claim pages as built: wording and its label, Microsoft's verdict and answer, quotations
 * with speaker and source, summaries, the Einordnung apart from Microsoft's words, „Stand“ and
 * change history, the citations, and the anchor links of every heading and quotation.
 * Their copy buttons, which the page script adds, and what a reader does with them (clicking,
 * copying) are tested in the browser.
 */
import { load as parseYaml } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { bodyReferences } from '../../src/data/mdx-body';
import {
  accessibleName,
  all,
  attr,
  one,
  parsedPage,
  scopeClassed,
  text,
  type Element,
  type Root,
} from '../helpers/html';
import { site } from '../../src/site.config';
import { CLAIM_PAGES, REPORT_URL, STATEMENT_URL } from '../helpers/site';

const events = parseYaml(readFileSync('content/ereignisse.yaml', 'utf8')) as Record<string, { text: string }>;

/** A landmark or region named by the heading it is labelled by, like `getByRole('region', { name })`. */
function region(tree: Root, name: string): Element {
  const found = all('[aria-labelledby]', tree).find((element) => {
    const heading = all(`[id="${attr(element, 'ariaLabelledBy') ?? ''}"]`, tree)[0];
    return text(heading) === name;
  });
  if (!found) throw new Error(`no region named „${name}“`);
  return found;
}

/** A link by the name a screen reader announces. */
const linkNamed = (scope: Element | Root, name: string | RegExp) =>
  all('a', scope).filter((link) =>
    typeof name === 'string' ? accessibleName(link) === name : name.test(accessibleName(link)),
  );

/** Date as German readers write it: „26. November 2026“. */
const GERMAN_DAY = /^\d{1,2}\. \p{L}+ \d{4}$/u;

describe('the wording of a claim', () => {
  test('a verbatim claim is set in <q> as the main heading and labelled as quoted', () => {
    const { tree } = parsedPage('/behauptungen/cloud-ist-unsicher/');

    expect(text(one('h1', tree))).toBe('„Die Cloud ist unsicher.“');
    expect(all('h1 q', tree)).toHaveLength(1);
    expect(text(one('main', tree))).toContain('Behauptung, wörtlich zitiert');
  });

  test('a topic without a quoted claim is named in the site’s words, without quotation marks, with a note', () => {
    const { tree } = parsedPage('/behauptungen/diagnosedaten/');

    expect(all('h1 q', tree)).toHaveLength(0);
    expect(text(one('main', tree))).toContain('Thema, in Worten dieser Website');
    expect(text(one('main', tree))).toContain(
      'Die Überschrift nennt das Thema in Worten dieser Website. Der Bericht zitiert hier keine Behauptung, sondern nur Microsofts Antwort.',
    );
  });
});

test("Microsoft's stance is shown as Microsoft's, as the source gives it: „falsch“ only where it says so", () => {
  expect(text(one('.verdict', parsedPage('/behauptungen/us-regierung-liest-mit/').tree))).toBe(
    'Microsoft Deutschland nennt diese Behauptung falsch.',
  );
  expect(text(one('.verdict', parsedPage('/behauptungen/cloud-ist-unsicher/').tree))).toBe(
    'Microsoft Deutschland wendet sich gegen diese Behauptung.',
  );
  expect(text(parsedPage('/behauptungen/cloud-ist-unsicher/').tree)).not.toContain('nennt diese Behauptung falsch');
  expect(all('.verdict', parsedPage('/behauptungen/diagnosedaten/').tree)).toEqual([]);
});

describe.each(CLAIM_PAGES.map((address) => [address]))('%s', (address) => {
  const { tree } = parsedPage(address);
  const main = one('main', tree);

  test('says whose position it presents, links the web post by its title and the report, and has a one-line answer', () => {
    expect(text(main)).toContain('Diese Website dokumentiert die Position von Microsoft Deutschland');
    expect(
      linkNamed(main, '„Sind Microsoft 365 und Microsoft Teams datenschutzkonform? Die Antwort lautet: Ja“').map(
        (link) => attr(link, 'href'),
      ),
    ).toContain(STATEMENT_URL);
    expect(
      linkNamed(main, /Unsere Produkte und Dienste sind datenschutzkonform/).map((link) => attr(link, 'href')),
    ).toContain(REPORT_URL);
    expect(text(main)).toContain('Microsofts Antwort in einem Satz');
    expect(text(region(tree, 'Quelle'))).toContain(
      'einfachdigitallernen.de: „Microsoft stellt klar: ‚Unsere Produkte und Dienste sind datenschutzkonform‘“',
    );
    expect(text(region(tree, 'Quelle'))).toContain('Die Stellungnahme selbst liegt dieser Website nicht vor.');
  });

  test('carries no Astro scope class: its components style under their own element', () => {
    expect(scopeClassed(all('body *', tree))).toEqual([]);
  });

  test('dates the statement above the answer', () => {
    const html = parsedPage(address).html;
    const dated = html.indexOf('Stellungnahme vom August 2022');

    expect(dated).toBeGreaterThan(0);
    expect(dated).toBeLessThan(html.indexOf('id="antwort"'));
  });

  test('shows its „Stand“, linked to its list of versions, each dated and with its own address', () => {
    const stand = all('.meta div', tree).find((pair) => text(one('dt', pair)) === 'Stand');
    const versions = region(tree, 'Fassungen dieser Seite');

    expect(text(stand && one('dd', stand))).toMatch(GERMAN_DAY);
    expect(attr(one('a', stand ?? tree), 'href')).toBe('#fassungen');
    expect(text(one('li', versions))).toMatch(/^Fassung vom \d{1,2}\. \p{L}+ \d{4}: .+/u);
    expect(attr(one('li a', versions), 'href')).toMatch(new RegExp(`^${address}fassungen/\\d{4}-\\d{2}-\\d{2}/$`));
  });

  test("keeps the Einordnung in an aside of its own, apart from Microsoft's answer", () => {
    const aside = one('aside[aria-labelledby="einordnung"]', tree);
    const answer = region(tree, 'Die Antwort von Microsoft Deutschland');

    expect(all('blockquote, q', aside)).toEqual([]);
    expect(linkNamed(aside, 'Alle Ereignisse in der Zeitleiste').map((link) => attr(link, 'href'))).toEqual([
      '/einordnung/',
    ]);
    expect(all('aside, time', answer)).toEqual([]);
    for (const event of Object.values(events)) expect(text(answer)).not.toContain(event.text);
  });

  test('gives every quotation its register anchor and an anchor link named after its speaker', () => {
    const slug = address.split('/')[2] ?? '';
    const quoted = bodyReferences(readFileSync(`content/behauptungen/${slug}.mdx`, 'utf8'))
      .filter((reference) => reference.component === 'Quote')
      .map((reference) => reference.id);
    expect(quoted.length).toBeGreaterThan(0);

    for (const key of quoted) {
      const figure = one(`figure#zitat-${key}`, tree);
      expect(text(one('blockquote', figure))).not.toBe('');
      const block = all('.quote-block', tree).find((candidate) => candidate.children.includes(figure));
      const link = one('a', one('copy-link', block ?? tree));
      expect(attr(link, 'href')).toBe(`#zitat-${key}`);
      expect(accessibleName(link)).toMatch(/^Link zum Zitat von /);
    }
  });

  test('offers citations to select without JavaScript, with a marked place for the access date', () => {
    const box = region(tree, 'Zitieren');
    const stand = text(one('.meta time', tree));

    expect(text(box)).toContain(`Stellungnahme, August 2022, veröffentlicht unter ${STATEMENT_URL}. Zitiert nach:`);
    expect(text(box)).toContain(`In: ${site.name}. Stand: ${stand}. `);
    expect(text(one('[data-accessed]', box))).toBe('[Datum des Abrufs]');
  });
});

test('quotations are figures that name speaker, role and source', () => {
  const { tree } = parsedPage('/behauptungen/nicht-datenschutzkonform/');

  const quote = one('#zitat-doering-datenschutzkonform', tree);
  expect(text(one('blockquote', quote))).toContain('Alle Microsoft Produkte und Dienste können');
  const caption = one('figcaption', quote);
  expect(text(caption)).toContain('Wolfgang Döring, Leiter der Rechtsabteilung bei Microsoft Deutschland');
  expect(linkNamed(caption, 'einfachdigitallernen.de').map((link) => attr(link, 'href'))).toEqual([REPORT_URL]);
});

test('a summary of indirect speech is labelled as such and holds no quotation', () => {
  const { tree } = parsedPage('/behauptungen/us-regierung-liest-mit/');

  const summary = all('[role="note"]', tree).find((note) => text(note).includes('Waffenproliferation'));
  expect(text(summary)).toContain('Sinngemäß nach einfachdigitallernen.de, kein wörtliches Zitat');
  expect(all('blockquote, q', summary ?? tree)).toEqual([]);
});

test('the reference to Art. 32 DS-GVO links to the official text', () => {
  const { tree } = parsedPage('/behauptungen/cloud-ist-unsicher/');

  expect(linkNamed(tree, /Art\.\s32 DS-GVO/).map((link) => attr(link, 'href'))).toContain(
    'https://eur-lex.europa.eu/legal-content/DE/TXT/?uri=CELEX:32016R0679',
  );
});

test('a topic in the site’s own words is cited as such, without quotation marks', () => {
  expect(text(region(parsedPage('/behauptungen/diagnosedaten/').tree, 'Zitieren'))).toContain(
    `Diagnosedaten in den Produkten und Diensten von Microsoft (Formulierung dieser Website). In: ${site.name}.`,
  );
});

test('a claim page shows the events before and after the statement that concern it, each with date, title and source', () => {
  const aside = one('aside[aria-labelledby="einordnung"]', parsedPage('/behauptungen/nicht-datenschutzkonform/').tree);

  expect(text(aside)).toContain('Datenschutzkonferenz (DSK)');
  expect(text(one('time[datetime="2022-11-24"]', aside))).toBe('24. November 2022');
  expect(text(aside)).toContain('24. November 2022: Festlegung der Datenschutzkonferenz zu Microsoft 365');
  expect(attr(linkNamed(aside, 'Festlegung der DSK vom 24. November 2022')[0] ?? aside, 'href')).toMatch(
    /^https:\/\/www\.datenschutzkonferenz-online\.de\//,
  );
});
