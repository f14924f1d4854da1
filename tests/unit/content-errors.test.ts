/**
 * Every way content can be broken, fed through the site's own check the way the build feeds
 * it: each test asserts the lines an author reads in the build output.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { topics } from '../../src/schemas/claim';
import {
  brokenCopy,
  contentError,
  copyContent,
  FIXTURE,
  loadModel,
  problemsAfter,
  problemsIn,
} from '../helpers/load-content';

const CLAIM = 'behauptungen/erste-behauptung.mdx';
const SECOND = 'behauptungen/zweite-behauptung.mdx';
const VERSIONS = 'fassungen/behauptungen/erste-behauptung.yaml';

describe('valid fixture content', () => {
  test('passes the check and gives the model its claims in reading order', async () => {
    const model = await loadModel(FIXTURE);

    expect(model.claims.map((claim) => claim.id)).toEqual(['erste-behauptung', 'zweite-behauptung']);
  });

  test('keeps search keywords with spaces, hyphens and dots, and defaults to none', async () => {
    const model = await loadModel(FIXTURE);

    expect(model.claim('erste-behauptung').data.keywords).toEqual([
      'Telemetrie',
      'CLOUD Act',
      'IT-Sicherheit',
      'Art. 32',
    ]);
    expect(model.claim('zweite-behauptung').data.keywords).toEqual([]);
  });
});

describe('the message of broken content', () => {
  test('lists every problem of every file in one error, one line each', async () => {
    const dir = await brokenCopy(FIXTURE, CLAIM, (text) => text.replace(/^summary:.*\n/m, ''));
    const second = path.join(dir, SECOND);
    await writeFile(second, (await readFile(second, 'utf8')).replace('order: 2', 'order: null'));

    const error = await contentError(dir);

    expect(error.message.replaceAll(dir + path.sep, '')).toBe(
      [
        'The content has 2 problem(s):',
        `  - ${CLAIM}: field "summary" is required (a text)`,
        `  - ${SECOND}: field "order" is required (a whole number ≥ 1)`,
      ].join('\n'),
    );
  });
});

describe('broken content is reported with the file and the field', () => {
  test('a second source entry with the address of another', async () => {
    const problems = await problemsAfter('quellen.yaml', (text) =>
      text.replace('url: https://example.org/gesetz', 'url: https://example.org/bericht'),
    );

    expect(problems).toEqual([
      'quellen.yaml: field "gesetz.url" is the address of "bericht" too; cite that entry instead',
    ]);
  });

  test('a version without its date', async () => {
    const problems = await problemsAfter(VERSIONS, (text) => text.replace('- date: 2026-11-20\n  note:', '- note:'));

    expect(problems).toEqual([`${VERSIONS}: version 1 field "date" is required as a date written YYYY-MM-DD`]);
  });

  test('a version that is not an entry', async () => {
    const problems = await problemsAfter(VERSIONS, (text) =>
      text.replace(/^- date: 2026-11-20\n(?: {2}.*\n| {4}.*\n|\n)+/m, '- 2026-11-20 Erste Fassung.\n'),
    );

    expect(problems).toEqual([
      `${VERSIONS}: version 1 must be a version with "date" (YYYY-MM-DD), "note" (what changed) and "text" (the page’s text)`,
    ]);
  });

  test('a version dated the German way instead of YYYY-MM-DD', async () => {
    const problems = await problemsAfter(VERSIONS, (text) => text.replace('- date: 2026-11-20', '- date: 20.11.2026'));

    expect(problems).toEqual([`${VERSIONS}: version 1 field "date" is required as a date written YYYY-MM-DD`]);
  });

  test('a version dated on a day that does not exist', async () => {
    const problems = await problemsAfter(VERSIONS, (text) =>
      text.replace('- date: 2026-11-20', "- date: '2026-02-30'"),
    );

    expect(problems).toEqual([`${VERSIONS}: version 1 field "date" is not a real calendar date`]);
  });

  test('a version without a note', async () => {
    const problems = await problemsAfter(VERSIONS, (text) => text.replace('  note: Zitat ergänzt.\n', ''));

    expect(problems).toEqual([`${VERSIONS}: version 2 field "note" is required (a text)`]);
  });

  test('a version with a field of its own', async () => {
    const problems = await problemsAfter(VERSIONS, (text) =>
      text.replace('  note: Zitat ergänzt.\n', '  note: Zitat ergänzt.\n  author: Erika\n'),
    );

    expect(problems).toEqual([`${VERSIONS}: version 2 field "author" is not a known field; check its spelling`]);
  });

  test('versions not listed oldest first', async () => {
    const problems = await problemsAfter(VERSIONS, (text) => text.replace('- date: 2026-11-26', '- date: 2026-11-19'));

    expect(problems).toEqual([
      `${VERSIONS}: version 2 field "date" is earlier than the version before it; versions are listed oldest first`,
    ]);
  });

  test('a register without any version', async () => {
    const problems = await problemsAfter('fassungen/einordnung.yaml', () => '[]\n');

    expect(problems).toEqual([
      'fassungen/einordnung.yaml: the list needs at least one version: the first one, with the note „Erste Fassung.“',
    ]);
  });

  test('a register whose name is no page’s', async () => {
    const dir = await copyContent(FIXTURE);
    await rename(path.join(dir, 'fassungen/einordnung.yaml'), path.join(dir, 'fassungen/Einordnung.yaml'));

    const problems = await problemsIn(dir);

    expect(problems).toEqual([
      'fassungen/Einordnung.yaml: is not named after a page: the file for /einordnung/ is fassungen/einordnung.yaml, for the start page fassungen/start.yaml (lower-case letters, digits and hyphens)',
    ]);
  });

  test('a „Stand“ or a change list written in a claim, where versions are now recorded', async () => {
    const problems = await problemsAfter(CLAIM, (text) =>
      text.replace(
        'order: 1\n',
        'order: 1\nupdated: 2026-11-26\nchanges:\n  - date: 2026-11-26\n    change: Erste Fassung.\n',
      ),
    );

    expect(problems).toEqual([
      `${CLAIM}: field "updated" is not a known field; check its spelling`,
      `${CLAIM}: field "changes" is not a known field; check its spelling`,
    ]);
  });

  test('a missing required field', async () => {
    const problems = await problemsAfter(CLAIM, (text) => text.replace(/^summary:.*\n/m, ''));

    expect(problems).toEqual([`${CLAIM}: field "summary" is required (a text)`]);
  });

  test('an empty required field', async () => {
    const problems = await problemsAfter(CLAIM, (text) => text.replace(/^summary:.*$/m, 'summary: "   "'));

    expect(problems).toEqual([`${CLAIM}: field "summary" must not be empty`]);
  });

  test('an unknown topic', async () => {
    const problems = await problemsAfter(CLAIM, (text) =>
      text.replace('topics: [datenschutzrecht]', 'topics: [astrologie]'),
    );

    expect(problems).toEqual([
      `${CLAIM}: field "topics.0" "astrologie" is not a known topic (known: ${Object.keys(topics).join(', ')})`,
    ]);
  });

  test('a search keyword that is not a word or short phrase', async () => {
    const problems = await problemsAfter(CLAIM, (text) =>
      text.replace(/^keywords:.*$/m, 'keywords: [Telemetrie, "<b>NSA</b>"]'),
    );

    expect(problems).toEqual([
      `${CLAIM}: field "keywords.1" must be a word or short phrase: letters, digits, spaces, hyphens, dots and slashes`,
    ]);
  });

  test('a search keyword listed twice', async () => {
    const problems = await problemsAfter(CLAIM, (text) =>
      text.replace(/^keywords:.*$/m, 'keywords: [NSA, Telemetrie, nsa]'),
    );

    expect(problems).toEqual([`${CLAIM}: field "keywords" lists a word twice`]);
  });

  test('search keywords that are not a list', async () => {
    const problems = await problemsAfter(CLAIM, (text) => text.replace(/^keywords:.*$/m, 'keywords: Telemetrie'));

    expect(problems).toEqual([`${CLAIM}: field "keywords" must be a list of words, e.g. [Telemetrie, NSA]`]);
  });

  test('a claim without topics', async () => {
    const problems = await problemsAfter(CLAIM, (text) => text.replace('topics: [datenschutzrecht]', 'topics: []'));

    expect(problems).toEqual([`${CLAIM}: field "topics" needs at least one topic`]);
  });

  test('a reference to a claim that does not exist', async () => {
    const problems = await problemsAfter(CLAIM, (text) =>
      text.replace('related: [zweite-behauptung]', 'related: [dritte-behauptung]'),
    );

    expect(problems).toEqual([
      `${CLAIM}: field "related" names "dritte-behauptung", but there is no behauptungen/dritte-behauptung.mdx`,
    ]);
  });

  test('two claims with the same order', async () => {
    const problems = await problemsAfter(SECOND, (text) => text.replace('order: 2', 'order: 1'));

    expect(problems).toEqual([
      `${SECOND}: field "order" is 1, the same as in ${CLAIM}; each claim needs its own place`,
    ]);
  });

  test('a source address that is not https', async () => {
    const problems = await problemsAfter('quellen.yaml', (text) =>
      text.replace('https://example.org/bericht', 'http://example.org/bericht'),
    );

    expect(problems).toEqual(['quellen.yaml: field "bericht.url" must be an absolute https:// address']);
  });

  test('a source address that is not a URL at all', async () => {
    const problems = await problemsAfter('quellen.yaml', (text) =>
      text.replace('https://example.org/gesetz', 'beim Amtsblatt'),
    );

    expect(problems).toEqual(['quellen.yaml: field "gesetz.url" must be an absolute https:// address']);
  });

  test('a quotation in the MDX body that is not in the register', async () => {
    const problems = await problemsAfter(CLAIM, (text) =>
      text.replace('<Quote id="antwort-eins" />', '<Quote id="erfunden" />'),
    );

    expect(problems).toEqual([
      `${CLAIM}: field "<Quote id="erfunden">" names a quotation that is not in the register zitate.yaml`,
    ]);
  });

  test('a verbatim claim that is not in the register', async () => {
    const problems = await problemsAfter(CLAIM, (text) =>
      text.replace('quote: behauptung-eins', 'quote: behauptung-zwei'),
    );

    expect(problems).toEqual([
      `${CLAIM}: field "claim.quote" names "behauptung-zwei", which is not in the quotation register zitate.yaml`,
    ]);
  });

  test("a verbatim claim that points at one of Microsoft's own statements", async () => {
    const problems = await problemsAfter(CLAIM, (text) =>
      text.replace('quote: behauptung-eins', 'quote: antwort-eins'),
    );

    expect(problems).toEqual([
      `${CLAIM}: field "claim.quote" names "antwort-eins", which is Microsoft's own statement, not a claim (kind must be "behauptung")`,
    ]);
  });

  test('a claim with both a quotation and a paraphrase', async () => {
    const problems = await problemsAfter(CLAIM, (text) =>
      text.replace('  quote: behauptung-eins', '  quote: behauptung-eins\n  paraphrase: Doppelt.'),
    );

    expect(problems).toEqual([
      `${CLAIM}: field "claim" needs exactly one of "quote" (verbatim, from zitate.yaml) or "paraphrase"`,
    ]);
  });

  test('an empty answer', async () => {
    const problems = await problemsAfter(
      CLAIM,
      (text) => text.slice(0, text.indexOf('---', 4) + 3) + '\n\n{/* noch offen */}\n',
    );

    expect(problems).toEqual([
      `${CLAIM}: field "body" is empty: the answer (the text below the frontmatter) must say what Microsoft answers`,
    ]);
  });

  test('a statement without a date, which every claim page shows', async () => {
    const problems = await problemsAfter('quellen.yaml', (text) => text.replace('  published: August 2022\n', ''));

    expect(problems).toEqual([
      'quellen.yaml: field "stellungnahme.published" is required: every claim page dates the statement',
    ]);
  });

  test('an order that is not a whole number', async () => {
    const problems = await problemsAfter(CLAIM, (text) => text.replace('order: 1', 'order: erste'));

    expect(problems).toEqual([`${CLAIM}: field "order" is required (a whole number ≥ 1)`]);
  });

  test('an unknown frontmatter field, e.g. a typo', async () => {
    const problems = await problemsAfter(CLAIM, (text) => text.replace('verdict: falsch', 'verdikt: falsch'));

    expect(problems).toEqual([`${CLAIM}: field "verdikt" is not a known field; check its spelling`]);
  });

  test('a verdict the schema does not know', async () => {
    const problems = await problemsAfter(CLAIM, (text) => text.replace('verdict: falsch', 'verdict: stimmt'));

    expect(problems).toEqual([`${CLAIM}: field "verdict" must be "falsch", "widerspricht" or left out`]);
  });

  test('a statement quotation without a speaker', async () => {
    const problems = await problemsAfter('zitate.yaml', (text) => text.replace('  speaker: sprecherin\n', ''));

    expect(problems).toEqual([
      'zitate.yaml: field "antwort-eins.speaker" is required when kind is "aussage" (who said it?)',
    ]);
  });

  test('a quotation whose speaker is not in the register', async () => {
    const problems = await problemsAfter('zitate.yaml', (text) =>
      text.replace('speaker: sprecherin', 'speaker: unbekannt'),
    );

    expect(problems).toEqual([
      'zitate.yaml: field "antwort-eins.speaker" names "unbekannt", which is not in personen.yaml',
    ]);
  });

  test('a source link in the MDX body to a source that does not exist', async () => {
    const problems = await problemsAfter(SECOND, (text) =>
      text.replace('<SourceLink id="gesetz">', '<SourceLink id="verordnung">'),
    );

    expect(problems).toEqual([
      `${SECOND}: field "<SourceLink id="verordnung">" names a source that is not in quellen.yaml`,
    ]);
  });

  test("a missing entry the site's pages need", async () => {
    const problems = await problemsAfter('quellen.yaml', (text) =>
      text.replace(/^stellungnahme:[\s\S]*?(?=^gesetz:)/m, ''),
    );

    expect(problems).toEqual([
      'quellen.yaml: the entry "stellungnahme" is missing; the site\'s pages cite it',
      'ereignisse.yaml: field "stellungnahme.sources" names "stellungnahme", which is not in quellen.yaml',
    ]);
  });

  test('a claim naming a timeline event that does not exist', async () => {
    const problems = await problemsAfter(CLAIM, (text) =>
      text.replace('events: [nachher]', 'events: [nachher, spaeter]'),
    );

    expect(problems).toEqual([`${CLAIM}: field "events" names "spaeter", which is not in ereignisse.yaml`]);
  });

  test('a timeline event whose source is not in the register', async () => {
    const problems = await problemsAfter('ereignisse.yaml', (text) =>
      text.replace('sources: [gesetz, bericht]', 'sources: [gesetz, zeitung]'),
    );

    expect(problems).toEqual([
      'ereignisse.yaml: field "nachher.sources" names "zeitung", which is not in quellen.yaml',
    ]);
  });

  test('a timeline event without a source', async () => {
    const problems = await problemsAfter('ereignisse.yaml', (text) =>
      text.replace('sources: [gesetz, bericht]', 'sources: []'),
    );

    expect(problems).toEqual(['ereignisse.yaml: field "nachher.sources" needs at least one source']);
  });

  test('a timeline event with a date that is neither a day nor a month', async () => {
    const problems = await problemsAfter('ereignisse.yaml', (text) =>
      text.replace('date: 2022-04', 'date: Frühjahr 2022'),
    );

    expect(problems).toEqual([
      'ereignisse.yaml: field "vorher.date" is required as a date written YYYY-MM-DD, or YYYY-MM where only the month is known',
    ]);
  });

  test('a timeline event in a month that does not exist', async () => {
    const problems = await problemsAfter('ereignisse.yaml', (text) => text.replace('date: 2022-04', 'date: 2022-13'));

    expect(problems).toEqual(['ereignisse.yaml: field "vorher.date" is not a real calendar date']);
  });

  test('two claims with the same file name in different folders: both files named', async () => {
    const dir = await copyContent(FIXTURE);
    await mkdir(path.join(dir, 'behauptungen/archiv'));
    await writeFile(
      path.join(dir, 'behauptungen/archiv/erste-behauptung.mdx'),
      await readFile(path.join(dir, CLAIM), 'utf8'),
    );

    const problems = await problemsIn(dir);

    expect(problems).toEqual([
      `${CLAIM}: the slug "erste-behauptung" (the file name) is already used by behauptungen/archiv/erste-behauptung.mdx. Each claim needs its own file name, because it is the page's address.`,
    ]);
  });

  test('a file name that cannot be a page address', async () => {
    const dir = await copyContent(FIXTURE);
    await rename(path.join(dir, SECOND), path.join(dir, 'behauptungen/Zweite_Behauptung.mdx'));

    const problems = await problemsIn(dir);

    expect(problems).toEqual([
      'behauptungen/Zweite_Behauptung.mdx: the file name "Zweite_Behauptung" is the page address and must be lower-case letters, digits and hyphens',
    ]);
  });

  test('an unknown field in a register entry, e.g. a typo', async () => {
    const problems = await problemsAfter('personen.yaml', (text) => text.replace('role:', 'rolle:'));

    expect(problems).toEqual(['personen.yaml: field "sprecherin.rolle" is not a known field; check its spelling']);
  });
});

describe('reports, their words and the quotations after them', () => {
  test('a report naming a source that is not in the register', async () => {
    const problems = await problemsAfter('berichte.yaml', (text) =>
      text.replace('source: zweiter-bericht', 'source: dritter-bericht'),
    );

    expect(problems).toEqual([
      'berichte.yaml: field "zweiter-bericht.source" names "dritter-bericht", which is not in quellen.yaml',
    ]);
  });

  test('words said to reproduce a quotation that is not in the register', async () => {
    const problems = await problemsAfter('berichte.yaml', (text) =>
      text.replace('of: antwort-eins', 'of: antwort-neun'),
    );

    expect(problems).toEqual([
      'berichte.yaml: field "zweiter-bericht.words.0.of" names "antwort-neun", which is not in zitate.yaml',
    ]);
  });

  test('no report marked as the text basis', async () => {
    const problems = await problemsAfter('berichte.yaml', (text) =>
      text.replace('textBasis: true', 'textBasis: false'),
    );

    expect(problems).toEqual([
      'berichte.yaml: exactly one report must be the text basis ("textBasis: true"); found none',
    ]);
  });

  test('a quotation after a source that is no report', async () => {
    const problems = await problemsAfter('zitate.yaml', (text) =>
      text.replace(
        '  source: zweiter-bericht\n  text: Manches ist anders',
        '  source: gesetz\n  text: Manches ist anders',
      ),
    );

    expect(problems).toEqual([
      'zitate.yaml: field "antwort-drei.source" names "gesetz", which is no report in berichte.yaml: quotations come from reports',
    ]);
  });

  test('a quotation after another report that the report does not print word for word', async () => {
    const problems = await problemsAfter('zitate.yaml', (text) =>
      text.replace('text: Manches ist anders', 'text: Manches ist ganz anders'),
    );

    expect(problems).toEqual([
      'zitate.yaml: field "antwort-drei.text" is not among the words berichte.yaml records for "zweiter-bericht"; a quotation after a report must stand there word for word',
    ]);
  });

  test('two sources that links would name alike', async () => {
    const problems = await problemsAfter('quellen.yaml', (text) =>
      text
        .replace('gesetz:\n  publisher: Amtsblatt', 'gesetz:\n  label: Ein Bericht\n  publisher: Amtsblatt')
        .replace('title: Ein Bericht', 'label: Ein Bericht'),
    );

    expect(problems).toEqual([
      'quellen.yaml: field "gesetz.label" makes links read "Ein Bericht", as "bericht" does; give one of them a "label" of its own',
    ]);
  });
});

describe('the Einordnung: both sides and its date', () => {
  test('a claim showing an event without the events that belong with it', async () => {
    const dir = await brokenCopy(FIXTURE, 'ereignisse.yaml', (text) =>
      text.replace('nachher:\n', 'nachher:\n  shownWith: [vorher]\n'),
    );

    expect(await problemsIn(dir)).toEqual([
      `${CLAIM}: field "events" shows "nachher" but not "vorher", which ereignisse.yaml says belong with it (field "shownWith"): show both sides`,
    ]);
  });

  test('an event that names an unknown event to be shown with it', async () => {
    const problems = await problemsAfter('ereignisse.yaml', (text) =>
      text.replace('nachher:\n', 'nachher:\n  shownWith: [irgendwann]\n'),
    );

    expect(problems).toEqual([
      'ereignisse.yaml: field "nachher.shownWith" names "irgendwann", which is not in ereignisse.yaml',
    ]);
  });

  test('an event without a title', async () => {
    const problems = await problemsAfter('ereignisse.yaml', (text) =>
      text.replace('  title: Ein Ereignis danach\n', ''),
    );

    expect(problems).toEqual(['ereignisse.yaml: field "nachher.title" is required (a text)']);
  });

  test('no date for when the Einordnung was last checked', async () => {
    const problems = await problemsAfter('stand.yaml', (text) => text.replace('einordnung:', 'zeitleiste:'));

    expect(problems).toEqual([
      'stand.yaml: the entry "einordnung" is missing; the Einordnung shows when it was checked',
    ]);
  });
});

describe('published section addresses', () => {
  test('a kept address for a heading the page does not have', async () => {
    const problems = await problemsAfter(CLAIM, (text) =>
      text.replace('order: 1', 'anchors:\n  Eine Tabele: eine-tabelle\norder: 1'),
    );

    expect(problems).toEqual([
      `${CLAIM}: field "anchors.Eine Tabele" names a heading the body does not have (## … to #### …, written exactly as in the body)`,
    ]);
  });

  test('a kept address that is no id', async () => {
    const problems = await problemsAfter(CLAIM, (text) =>
      text.replace('order: 1', 'anchors:\n  Eine Tabelle: "#Eine Tabelle"\norder: 1'),
    );

    expect(problems).toEqual([
      `${CLAIM}: field "anchors.Eine Tabelle" must be an id: lower-case letters, digits and hyphens`,
    ]);
  });
});
