/**
 * The word index in small parts (src/lib/search-chunks.ts) and the CBOR it is written in: where
 * parts are cut, which search terms each part answers for, and that Pagefind's files are read
 * and written byte for byte.
 */
import { describe, expect, test } from 'vitest';
import { CborError, decodeCbor, encodeCbor, type CborValue } from '../../src/lib/cbor';
import { byBytes, chunkRanges, chunkWords, type IndexWord } from '../../src/lib/search-chunks';

/** An index word with `positions` word positions on page 0, as Pagefind encodes it. */
const word = (text: string, positions = 3): IndexWord => [
  text,
  [[0, Array.from({ length: positions }, (_, index) => index), []]],
  [],
];
const sizeOf = (words: IndexWord[]) => words.reduce((sum, entry) => sum + encodeCbor(entry).length, 0);
const texts = (parts: IndexWord[][]) => parts.map((part) => part.map((entry) => entry[0]));

describe('CBOR', () => {
  test('encodes every kind of value Pagefind writes and reads it back unchanged', () => {
    const value: CborValue = [
      [0, 23, 24, 255, 256, 65_535, 65_536, 2 ** 32 - 1, 2 ** 32, Number.MAX_SAFE_INTEGER],
      [-1, -24, -25, -256, -257, -70_000],
      ['', 'Änderung', 'Datenschutz-Grundverordnung', '„Zitat“', '\u{1F600}'],
      new Uint8Array([1, 2, 3]),
      [true, false, null, []],
    ];
    expect(decodeCbor(encodeCbor(value))).toEqual(value);
  });

  test('writes the shortest head, as Pagefind does, so files keep their bytes', () => {
    expect([...encodeCbor(23)]).toEqual([0x17]);
    expect([...encodeCbor(24)]).toEqual([0x18, 24]);
    expect([...encodeCbor(-1)]).toEqual([0x20]);
    expect([...encodeCbor('ä')]).toEqual([0x62, 0xc3, 0xa4]);
    expect([...encodeCbor([1, [2]])]).toEqual([0x82, 0x01, 0x81, 0x02]);
  });

  test('refuses data it does not understand instead of misreading it', () => {
    expect(() => decodeCbor(new Uint8Array([0x01, 0x02]))).toThrow(CborError);
    expect(() => decodeCbor(new Uint8Array([0xa1, 0x01, 0x02]))).toThrow(/unsupported item 0xa1/);
    expect(() => decodeCbor(new Uint8Array([0x82, 0x01]))).toThrow(/end of data/);
  });
});

describe('chunkWords', () => {
  test('cuts only between first letters while the words of one letter fit in a part', () => {
    const words = ['aber', 'abschnitt', 'behörde', 'bericht', 'cloud', 'daten', 'datenschutz', 'dienst'].map((text) =>
      word(text),
    );
    const limit = sizeOf(words.slice(0, 4));

    const parts = chunkWords(words, limit);

    expect(texts(parts)).toEqual([
      ['aber', 'abschnitt', 'behörde', 'bericht'],
      ['cloud', 'daten', 'datenschutz', 'dienst'],
    ]);
  });

  test('cuts the words of one letter by their first two letters when they do not fit, and keeps every word once', () => {
    const words = ['daten', 'datenschutz', 'dienst', 'dienste', 'drittland'].map((text) => word(text, 40));
    const limit = sizeOf(words.slice(0, 2));

    const parts = chunkWords(words, limit);

    expect(texts(parts)).toEqual([['daten', 'datenschutz'], ['dienst', 'dienste'], ['drittland']]);
  });

  test('gives a word larger than a part a part of its own', () => {
    const words = [word('a'), word('bericht', 500), word('cloud')];

    expect(texts(chunkWords(words, 100))).toEqual([['a'], ['bericht'], ['cloud']]);
  });
});

describe('chunkRanges', () => {
  const parts = [
    [word('aber'), word('cloud')],
    [word('daten'), word('dienst')],
    [word('dienstag'), word('zweck')],
  ];
  const ranges = chunkRanges(parts);
  const holding = (term: string) =>
    ranges.flatMap((range, index) => (byBytes(term, range.from) >= 0 && byBytes(term, range.to) <= 0 ? [index] : []));

  test('the first part starts before every word and the last one ends after every word', () => {
    expect(ranges[0]?.from).toBe('');
    expect(holding('0')).toEqual([0]);
    expect(holding('übermittlung')).toEqual([2]);
  });

  test('every term falls in exactly one part, also between the last word of a part and the first of the next', () => {
    for (const [index, part] of parts.entries())
      for (const [text] of part) expect(holding(text), text).toEqual([index]);
    // Between „cloud“ and „daten“, and between „dienst“ and „dienstag“.
    expect(holding('cz')).toEqual([0]);
    expect(holding('d')).toEqual([1]);
    expect(holding('dienst')).toEqual([1]);
    expect(holding('diensta')).toEqual([2]);
    expect(holding('dienstb')).toEqual([2]);
  });
});
