import { rename } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { coveredPages, FEED_LENGTH } from '../../src/data/model';
import { isoDate } from '../../src/dates';
import { brokenCopy, copyContent, FIXTURE, loadModel, problemsIn } from '../helpers/load-content';

const VERSIONS = 'fassungen/behauptungen/zweite-behauptung.yaml';

/** A version entry as a register file holds it. */
const entry = (date: string, note: string) => `- date: ${date}\n  note: ${note}\n  text: Text.\n`;

describe('the list of every change', () => {
  test('holds every version of every page, newest first, each leading to the version’s own address', async () => {
    const model = await loadModel();

    expect(
      model.changes.map(({ id, version }) => [
        isoDate(version.date),
        version.page.name,
        version.note,
        version.path,
        id,
      ]),
    ).toEqual([
      [
        '2026-11-26',
        '„Alles ist schlecht.“',
        'Zitat ergänzt.',
        '/behauptungen/erste-behauptung/fassungen/2026-11-26/',
        'erste-behauptung-2026-11-26',
      ],
      // Same day: the claims in reading order, then the other pages by address.
      [
        '2026-11-20',
        '„Alles ist schlecht.“',
        'Erste Fassung.',
        '/behauptungen/erste-behauptung/fassungen/2026-11-20/',
        'erste-behauptung-2026-11-20',
      ],
      [
        '2026-11-20',
        'Nichts ist besser als gedacht.',
        'Erste Fassung.',
        '/behauptungen/zweite-behauptung/fassungen/2026-11-20/',
        'zweite-behauptung-2026-11-20',
      ],
      ['2026-11-20', 'Einordnung', 'Erste Fassung.', '/einordnung/fassungen/2026-11-20/', 'einordnung-2026-11-20'],
    ]);
  });

  test('two versions of one page on one day keep distinct ids and addresses, the first one unchanged', async () => {
    const dir = await brokenCopy(
      FIXTURE,
      VERSIONS,
      (text) => `${text}${entry('2026-11-20', 'Tippfehler berichtigt.')}`,
    );

    const model = await loadModel(dir);

    expect(
      model.changes
        .filter(({ version }) => version.page.address === '/behauptungen/zweite-behauptung/')
        .map(({ id, version }) => [id, version.path]),
    ).toEqual([
      ['zweite-behauptung-2026-11-20-2', '/behauptungen/zweite-behauptung/fassungen/2026-11-20-2/'],
      ['zweite-behauptung-2026-11-20', '/behauptungen/zweite-behauptung/fassungen/2026-11-20/'],
    ]);
  });

  test('the feed carries only the newest versions, as many as FEED_LENGTH, in the order of the list', async () => {
    const later = Array.from({ length: FEED_LENGTH }, (_, day) =>
      entry(`2026-12-${String(day + 1).padStart(2, '0')}`, `Änderung ${String(day + 1)}.`),
    );
    const dir = await brokenCopy(FIXTURE, VERSIONS, (text) => `${text}${later.join('')}`);

    const model = await loadModel(dir);

    expect(model.changes).toHaveLength(FEED_LENGTH + 4);
    expect(model.recentChanges).toEqual(model.changes.slice(0, FEED_LENGTH));
    expect(model.recentChanges.map(({ id }) => id)).not.toContain('zweite-behauptung-2026-11-20');
  });

  test('says which pages have versions: the claims by their number, the other pages by their heading', async () => {
    expect(coveredPages(await loadModel())).toBe('die Seiten aller 2 Behauptungen und die Seite „Einordnung“');
  });

  test('a page whose id on the list would be a claim’s is refused', async () => {
    const dir = await copyContent(FIXTURE);
    await rename(path.join(dir, 'fassungen/einordnung.yaml'), path.join(dir, 'fassungen/erste-behauptung.yaml'));

    expect(await problemsIn(dir)).toEqual([
      'fassungen/erste-behauptung.yaml: the page /erste-behauptung/ would share the id "erste-behauptung" on the list of changes with /behauptungen/erste-behauptung/; one of the two pages needs another address',
    ]);
  });
});
