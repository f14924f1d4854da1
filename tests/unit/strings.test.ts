import { describe, expect, test } from 'vitest';
import { normaliseSiteUrl } from '../../src/site.config';
import { formatDate, formatPartialDate, isoDate } from '../../src/dates';
import { quoted, titled, ui } from '../../src/strings';

describe('formatDate', () => {
  test('writes a German date with the month spelled out', () => {
    expect(formatDate(new Date('2026-11-26T00:00:00Z'))).toBe('26. November 2026');
  });

  test('fails loudly on an invalid date instead of printing "Invalid Date"', () => {
    expect(() => formatDate(new Date('kein Datum'))).toThrow(RangeError);
    expect(() => isoDate(new Date('kein Datum'))).toThrow(RangeError);
  });
});

describe('formatPartialDate', () => {
  test('writes a day in full and a month without inventing a day', () => {
    expect(formatPartialDate({ iso: '2022-11-24', precision: 'day' })).toBe('24. November 2022');
    expect(formatPartialDate({ iso: '2022-08', precision: 'month' })).toBe('August 2022');
  });

  test('fails loudly on a month that is not one', () => {
    expect(() => formatPartialDate({ iso: 'Sommer', precision: 'month' })).toThrow(RangeError);
  });
});

/**
 * Every text the interface can show: plain strings, and what each function returns for a word, a
 * count of one, a false flag (so both branches of a singular/plural or yes/no choice are read) and
 * a list of words. A function reads what it can of these; it must read at least one.
 */
function interfaceTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    const calls: unknown[][] = [
      Array<unknown>(fn.length).fill('Wort'),
      Array<unknown>(fn.length).fill(1),
      Array<unknown>(fn.length).fill(false),
      Array<unknown>(fn.length).fill(['Wort', 'Satz']),
    ];
    const results = calls.flatMap((args) => {
      try {
        return [fn(...args)];
      } catch (error) {
        if (error instanceof TypeError) return [];
        throw error;
      }
    });
    if (results.length === 0) throw new Error(`no sample arguments fit ${fn.toString().slice(0, 80)}`);
    return results.flatMap(interfaceTexts);
  }
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(interfaceTexts);
  return [];
}

describe('German typography in interface strings', () => {
  test('quotes use „…“', () => {
    expect(quoted('Die Cloud ist unsicher.')).toBe('„Die Cloud ist unsicher.“');
  });

  test('a title in running text stands in „…“ with the quotation marks inside it as ‚…‘', () => {
    expect(titled('Microsoft stellt klar: „Unsere Produkte sind datenschutzkonform“')).toBe(
      '„Microsoft stellt klar: ‚Unsere Produkte sind datenschutzkonform‘“',
    );
  });

  test('no interface string uses straight or English quotation marks', () => {
    const all = interfaceTexts(ui).join('\n');

    expect(all).not.toMatch(/"/);
    expect(all).not.toMatch(/”/);
    expect(all.split('„').length).toBe(all.split('“').length);
  });

  test('„z. B.“ is written with a no-break space', () => {
    const all = JSON.stringify(ui);

    expect(all).not.toMatch(/z\. B\./);
  });
});

describe('normaliseSiteUrl', () => {
  test('adds the trailing slash to an origin', () => {
    expect(normaliseSiteUrl('https://example.org')).toBe('https://example.org/');
  });

  test('rejects an address that is not a URL', () => {
    expect(() => normaliseSiteUrl('example.org')).toThrow('SITE_URL "example.org" is not a valid URL');
  });

  test('rejects another scheme and a sub-path', () => {
    expect(() => normaliseSiteUrl('ftp://example.org/')).toThrow('must use https://');
    expect(() => normaliseSiteUrl('https://example.org/sub/')).toThrow('must be an origin');
  });
});

describe('the start page’s note on the claims it leaves out', () => {
  test('writes counts as German readers do', () => {
    expect(ui.home.moreClaims(10, 1000)).toMatch(/^Das sind die ersten 10 von 1\.000 Behauptungen /);
  });
});
