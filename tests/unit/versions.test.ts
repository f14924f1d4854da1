/**
 * The pieces of the versions of a page, without a build: reading a page's text from its
 * markup, comparing it with the registers and saying what differs, the changes between two
 * versions, and recording a version into the files.
 */
import { load as parseYaml } from 'js-yaml';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readAddressList } from '../../src/data/addresses';
import { addressOfRegister, registerFileOf, versionIds } from '../../src/data/versions';
import { isVersionPath } from '../../src/routes';
import { compareVersions, describeReport, firstDifference } from '../../src/lib/version-check';
import { changedBlocks } from '../../src/lib/version-diff';
import { readVersionRegisters, recordVersions, versionEntry } from '../../src/lib/version-registers';
import { textBlocks, versionText, withoutVersionMarkup } from '../../src/lib/version-text';
import { copyContent, FIXTURE, loadModel } from '../helpers/load-content';

/** A built page with versions around the markup of its `<main>`. */
const page = (main: string) =>
  `<!doctype html><html lang="de"><head><title>T</title></head><body><header>Kopf</header><main id="inhalt" data-fassung>${main}</main><footer>Fuß</footer></body></html>`;

describe('versionText', () => {
  test('reads the blocks of <main>: headings, paragraphs, quotations, list items and table cells, white space folded', () => {
    const html = page(`
      <h1>Titel</h1>
      <p>Ein   Absatz
        über zwei Zeilen mit <a href="/x/">Link</a> und <q>„Zitat <q>‚innen‘</q>“</q>.</p>
      <figure><blockquote><p>Worte von Microsoft.</p></blockquote><figcaption>Microsoft Deutschland</figcaption></figure>
      <ul><li>Erster Punkt</li><li>Zweiter<br>Punkt</li></ul>
      <table><tr><th>Kopf</th><td>Zelle</td></tr></table>
      <h3>Unterabschnitt</h3>`);

    expect(versionText(html)).toBe(
      [
        '# Titel',
        'Ein Absatz über zwei Zeilen mit Link und „Zitat ‚innen‘“.',
        '> Worte von Microsoft.',
        'Microsoft Deutschland',
        '- Erster Punkt',
        '- Zweiter Punkt',
        '| Kopf',
        '| Zelle',
        '### Unterabschnitt',
      ].join('\n\n'),
    );
  });

  test('leaves out what is marked as no text of the page, hidden elements, scripts and controls', () => {
    const html = page(`
      <p>Text</p>
      <section data-fassung-ignore=""><h2>Zitieren</h2><p>Stand: heute</p></section>
      <copy-link data-fassung-ignore><a href="#x">#</a></copy-link>
      <span hidden>Suchdaten</span><script>alert(1)</script><button>Kopieren</button>
      <p>Ende</p>`);

    expect(versionText(html)).toBe('Text\n\nEnde');
  });

  test('keeps no-break spaces, so a typography fix is a change of the text', () => {
    expect(versionText(page('<p>z.\u00a0B. so</p>'))).not.toBe(versionText(page('<p>z. B. so</p>')));
  });

  test('marks a paragraph that starts like a block mark, so it reads back as a paragraph', () => {
    const text = versionText(page('<p>- kein Listenpunkt</p><p># keine Überschrift</p>')) ?? '';

    expect(textBlocks(text).map((block) => [block.kind, block.text])).toEqual([
      ['paragraph', '- kein Listenpunkt'],
      ['paragraph', '# keine Überschrift'],
    ]);
  });

  test('is undefined for a page without versions', () => {
    expect(versionText(page('<p>x</p>').replace(' data-fassung', ''))).toBeUndefined();
  });

  test('the attributes it reads are taken out of the page afterwards', () => {
    const html = page('<p data-fassung-ignore="">a</p><copy-link data-fassung-ignore class="x">b</copy-link>');

    expect(withoutVersionMarkup(html)).not.toContain('data-fassung');
    expect(withoutVersionMarkup(html)).toContain('<main id="inhalt"><p>a</p><copy-link class="x">b</copy-link>');
  });
});

describe('registers and addresses', () => {
  test('a register’s path mirrors its page’s address, and the start page has start.yaml', () => {
    expect(['/', '/einordnung/', '/behauptungen/diagnosedaten/'].map(registerFileOf)).toEqual([
      'start.yaml',
      'einordnung.yaml',
      'behauptungen/diagnosedaten.yaml',
    ]);
    expect(['start.yaml', 'einordnung.yaml', 'behauptungen/diagnosedaten.yaml'].map(addressOfRegister)).toEqual([
      '/',
      '/einordnung/',
      '/behauptungen/diagnosedaten/',
    ]);
    expect(addressOfRegister('Einordnung.yaml')).toBeUndefined();
  });

  test('a version’s id is its day, numbered from the second of a day on', () => {
    const days = ['2026-11-26', '2026-12-02', '2026-12-02', '2026-12-02'].map((day) => new Date(`${day}T00:00:00Z`));

    expect(versionIds(days)).toEqual(['2026-11-26', '2026-12-02', '2026-12-02-2', '2026-12-02-3']);
  });

  test('version addresses are recognised as such, pages are not', () => {
    expect(isVersionPath('/fassungen/2026-11-26/')).toBe(true);
    expect(isVersionPath('/behauptungen/x/fassungen/2026-12-02-2/')).toBe(true);
    expect(isVersionPath('/behauptungen/fassungen/')).toBe(false);
    expect(isVersionPath('/einordnung/')).toBe(false);
  });
});

describe('the check against the registers', () => {
  const registers = new Map([
    [
      '/a/',
      {
        address: '/a/',
        file: 'content/fassungen/a.yaml',
        versions: [{ date: new Date('2026-11-26T00:00:00Z'), note: 'Erste Fassung.', text: '# A\n\nDer alte Text.' }],
      },
    ],
    [
      '/b/',
      {
        address: '/b/',
        file: 'content/fassungen/b.yaml',
        versions: [{ date: new Date('2026-11-26T00:00:00Z'), note: 'Erste Fassung.', text: '# B' }],
      },
    ],
  ]);
  const fileOf = (address: string) => `content/fassungen/${registerFileOf(address)}`;

  test('passes pages whose text is their latest version’s', () => {
    const report = compareVersions(
      new Map([
        ['/a/', '# A\n\nDer alte Text.'],
        ['/b/', '# B'],
      ]),
      registers,
      new Set(),
      fileOf,
    );

    expect(report).toEqual({ unrecorded: [], orphans: [] });
  });

  test('lists a changed page and a page without versions, each with its register and address', () => {
    const report = compareVersions(
      new Map([
        ['/a/', '# A\n\nDer neue Text.'],
        ['/b/', '# B'],
        ['/c/', '# C'],
      ]),
      registers,
      new Set(),
      fileOf,
    );
    const message = describeReport(report);

    expect(report.unrecorded.map((entry) => [entry.address, entry.file])).toEqual([
      ['/a/', 'content/fassungen/a.yaml'],
      ['/c/', 'content/fassungen/c.yaml'],
    ]);
    expect(message).toContain(
      '  - content/fassungen/a.yaml (/a/, latest version of 26. November 2026): „# A ¶ Der alte Text.“ → „# A ¶ Der neue Text.“',
    );
    expect(message).toContain('  - content/fassungen/c.yaml (/c/): no version recorded yet');
    expect(message).toContain('npm run fassung -- /a/ /c/ "<what changed>"');
    expect(message).toContain('npm run fassung -- --alle-geaenderten');
  });

  test('a register whose page is gone is a problem; one whose address forwards keeps its versions', () => {
    const texts = new Map([['/a/', '# A\n\nDer alte Text.']]);

    expect(compareVersions(texts, registers, new Set(), fileOf).orphans).toEqual([
      expect.stringMatching(
        /^content\/fassungen\/b\.yaml: holds the versions of \/b\/, but the build has no page there/,
      ),
    ]);
    expect(compareVersions(texts, registers, new Set(['/b/']), fileOf).orphans).toEqual([]);
  });

  test('the first difference shows a few words before it and the words that differ', () => {
    const before = 'eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn';
    const after = 'eins zwei drei vier fünf sechs SIEBEN acht neun zehn elf zwölf dreizehn vierzehn';

    expect(firstDifference(before, after)).toBe(
      '„… drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn“ → „… drei vier fünf sechs SIEBEN acht neun zehn elf zwölf dreizehn vierzehn“',
    );
  });
});

describe('changedBlocks', () => {
  test('compares block by block and, in a changed block, word by word; unchanged and moved-around blocks are no change', () => {
    const before = '# Titel\n\nDer erste Absatz bleibt.\n\nDas Wetter ist heute schön.\n\n- Punkt';
    const after = '# Titel\n\nDer erste Absatz bleibt.\n\nDas Wetter ist morgen schön.\n\n- Punkt\n\n- Neuer Punkt';

    const changed = changedBlocks(before, after);

    expect(changed.map((block) => [block.kind, block.words.map((word) => [word.change, word.text])])).toEqual([
      [
        'paragraph',
        [
          ['same', 'Das Wetter ist '],
          ['deleted', 'heute'],
          ['inserted', 'morgen'],
          ['same', ' schön.'],
        ],
      ],
      ['item', [['inserted', 'Neuer Punkt']]],
    ]);
  });

  test('a block that is gone is deleted as a whole', () => {
    expect(changedBlocks('A\n\nB', 'A')).toEqual([
      { kind: 'paragraph', level: 0, quotes: 0, words: [{ text: 'B', change: 'deleted' }] },
    ]);
  });
});

describe('recordVersions', () => {
  const texts = {
    '/behauptungen/zweite-behauptung/':
      '# Nichts ist besser als gedacht.\n\nLaut Beispiel GmbH ist nichts besser: „so“.',
    '/begriffe/': '# Begriffe\n\n- DS-GVO: z.\u00a0B. Art. 32',
  };

  test('appends a version to a page’s register and starts the register of a new page, and lists both addresses', async () => {
    const dir = await copyContent(FIXTURE);
    await writeFile(path.join(dir, 'adressen.yaml'), '- /\n');
    const register = path.join(dir, 'fassungen/behauptungen/zweite-behauptung.yaml');
    const before = await readFile(register, 'utf8');

    const recorded = await recordVersions({
      contentDir: dir,
      texts,
      addresses: ['/behauptungen/zweite-behauptung/', '/begriffe/'],
      note: 'Antwort: neu gefasst.',
      date: '2026-12-06',
    });

    expect(recorded.map((version) => version.path)).toEqual([
      '/behauptungen/zweite-behauptung/fassungen/2026-12-06/',
      '/begriffe/fassungen/2026-12-06/',
    ]);
    // What was published stays as it was, byte for byte.
    expect((await readFile(register, 'utf8')).startsWith(before)).toBe(true);
    const registers = await readVersionRegisters(dir);
    expect(registers.get('/behauptungen/zweite-behauptung/')?.versions.at(-1)).toEqual({
      date: new Date('2026-12-06T00:00:00Z'),
      note: 'Antwort: neu gefasst.',
      text: texts['/behauptungen/zweite-behauptung/'],
    });
    expect(registers.get('/begriffe/')?.versions.map((version) => version.text)).toEqual([texts['/begriffe/']]);
    expect(readAddressList(dir).entries.map((entry) => entry.path)).toEqual([
      '/',
      '/behauptungen/zweite-behauptung/fassungen/2026-12-06/',
      '/begriffe/fassungen/2026-12-06/',
    ]);
    const model = await loadModel(dir);
    expect(model.history('/begriffe/')?.latest.note).toBe('Antwort: neu gefasst.');
  });

  test('a second version on the same day gets the next number', async () => {
    const dir = await copyContent(FIXTURE);
    await writeFile(path.join(dir, 'adressen.yaml'), '- /\n');
    const request = { contentDir: dir, note: 'Tippfehler berichtigt.', date: '2026-11-20' };

    const [recorded] = await recordVersions({
      ...request,
      texts: { '/einordnung/': '# Einordnung\n\nEreignisse, berichtigt.' },
      addresses: ['/einordnung/'],
    });

    expect(recorded?.path).toBe('/einordnung/fassungen/2026-11-20-2/');
  });

  test('records nothing when a page’s text is its latest version’s or the build has no such page', async () => {
    const dir = await copyContent(FIXTURE);
    await writeFile(path.join(dir, 'adressen.yaml'), '- /\n');

    await expect(
      recordVersions({
        contentDir: dir,
        texts: { '/einordnung/': '# Einordnung\n\nEreignisse.', '/begriffe/': 'neu' },
        addresses: ['/einordnung/', '/begriffe/', '/gibt-es-nicht/'],
        note: 'Neu.',
        date: '2026-12-06',
      }),
    ).rejects.toThrow(
      /\/einordnung\/: its text is the same as in its version of 20\. November 2026; there is nothing to record\n.*\/gibt-es-nicht\/: the last build has no page with versions at this address/,
    );
    expect(await readFile(path.join(dir, 'adressen.yaml'), 'utf8')).toBe('- /\n');
    expect((await readVersionRegisters(dir)).has('/begriffe/')).toBe(false);
  });

  test('writes the text as a literal block that reads back exactly, and falls back to quoting where it cannot', () => {
    const text = '# „Titel“: mit Doppelpunkt\n\n> - kein Punkt\n\n| #1 & 100 %';

    const literal = versionEntry({ date: '2026-12-06', note: 'Notiz: mit "Anführung".', text });
    const unprintable = versionEntry({ date: '2026-12-06', note: 'Notiz.', text: 'Mit \u0007 Steuerzeichen' });

    expect(literal).toContain('  text: |-\n    # „Titel“: mit Doppelpunkt\n\n    > - kein Punkt\n');
    expect(parseYaml(literal)).toEqual([{ date: '2026-12-06', note: 'Notiz: mit "Anführung".', text }]);
    expect((parseYaml(unprintable) as { text: string }[])[0]?.text).toBe('Mit \u0007 Steuerzeichen');
  });
});
