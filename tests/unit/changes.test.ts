import { describe, expect, test } from 'vitest';
import { FEED_LENGTH } from '../../src/data/model';
import { isoDate } from '../../src/strings';
import { brokenCopy, FIXTURE, loadModel } from '../helpers/load-content';

describe('the list of every change', () => {
  test('holds every change of every page, newest first, each leading to the page’s own change list', async () => {
    const model = await loadModel();

    expect(
      model.changes.map((entry) => [isoDate(entry.date), entry.claim.id, entry.change, entry.path, entry.id]),
    ).toEqual([
      [
        '2026-11-26',
        'erste-behauptung',
        'Zitat ergänzt.',
        '/behauptungen/erste-behauptung/#aenderungen',
        'erste-behauptung-2026-11-26',
      ],
      [
        '2026-11-20',
        'erste-behauptung',
        'Erste Fassung.',
        '/behauptungen/erste-behauptung/#aenderungen',
        'erste-behauptung-2026-11-20',
      ],
      [
        '2026-11-20',
        'zweite-behauptung',
        'Erste Fassung.',
        '/behauptungen/zweite-behauptung/#aenderungen',
        'zweite-behauptung-2026-11-20',
      ],
    ]);
  });

  test('two changes of one page on one day keep distinct ids, the first one unchanged', async () => {
    const dir = await brokenCopy(FIXTURE, 'behauptungen/zweite-behauptung.mdx', (text) =>
      text.replace(
        '    change: Erste Fassung.\n',
        '    change: Erste Fassung.\n  - date: 2026-11-20\n    change: Tippfehler.\n',
      ),
    );

    const model = await loadModel(dir);

    expect(model.changes.filter((entry) => entry.claim.id === 'zweite-behauptung').map((entry) => entry.id)).toEqual([
      'zweite-behauptung-2026-11-20-2',
      'zweite-behauptung-2026-11-20',
    ]);
  });

  test('the feed carries only the newest changes, as many as FEED_LENGTH, in the order of the list', async () => {
    const later = Array.from(
      { length: FEED_LENGTH },
      (_, day) => `  - date: 2026-10-${String(day + 2).padStart(2, '0')}\n    change: Änderung ${String(day + 1)}.\n`,
    );
    const dir = await brokenCopy(FIXTURE, 'behauptungen/zweite-behauptung.mdx', (text) =>
      text.replace(
        '  - date: 2026-11-20\n    change: Erste Fassung.\n',
        `  - date: 2026-10-01\n    change: Erste Fassung.\n${later.join('')}`,
      ),
    );

    const model = await loadModel(dir);

    expect(model.changes).toHaveLength(FEED_LENGTH + 3);
    expect(model.recentChanges).toEqual(model.changes.slice(0, FEED_LENGTH));
    expect(model.recentChanges.map((entry) => entry.id)).not.toContain('zweite-behauptung-2026-10-01');
  });
});
