/**
 * Text that reads right, also when it is copied or read aloud: no words glued together across an
 * element boundary (Astro's HTML compression drops a line break between two elements), one kind
 * of dash, and no-break spaces where German typography needs them in the site's own text.
 */
import type { Element } from 'hast';
import { describe, expect, test } from 'vitest';
import { all, gluedWords, parse, parsedPages, readText, withoutRecorded, type Root } from '../helpers/html';

const pages = parsedPages().map((page) => [page.address, page.tree] as const);

/**
 * The site's own text on a page: everything but quotations, which keep the source's spelling, and
 * the texts of earlier versions, which stay as they were published.
 */
function ownText(page: Root): string {
  const current = withoutRecorded(page);
  let text = readText(current);
  const quotations = all('*', current).filter((element: Element) => ['blockquote', 'q'].includes(element.tagName));
  for (const quotation of quotations) text = text.replace(readText(quotation), '');
  return text;
}

describe('words across element boundaries', () => {
  test('the check finds words that run together, as on the claim pages and /datenschutz/ before', () => {
    const verdict = parse(
      '<main><p><span class="label">Bewertung durch Microsoft Deutschland:</span><strong>falsch</strong></p></main>',
    );
    const address = parse(
      '<p><span>[Platzhalter: Postleitzahl und Ort]</span>,<span>[Platzhalter: E-Mail-Adresse]</span></p>',
    );
    const spaced = parse('<p><span>Bewertung:</span> <strong>falsch</strong>, <a href="/">weiter</a>.</p>');

    expect(gluedWords(verdict)).toEqual([expect.stringContaining('Deutschland:|falsch')]);
    expect(gluedWords(address)).toEqual([expect.stringContaining('Ort],|[Platzhalter: E-Mail-Adresse]')]);
    expect(gluedWords(spaced)).toEqual([]);
  });

  test.each(pages)('no two words on %s run together across an element boundary', (_address, page) => {
    expect(gluedWords(page)).toEqual([]);
  });
});

describe('German typography in the site’s own text', () => {
  test.each(pages)('%s uses one kind of dash: the en dash, never the em dash or a spaced hyphen', (_address, page) => {
    const text = readText(page);

    expect(text).not.toContain('—');
    expect(text).not.toMatch(/\s-\s/);
  });

  test.each(pages)('%s keeps abbreviations and numbers with their units together', (_address, page) => {
    const text = ownText(page);

    // „Art. 32“, „Abs. 1“, „z. B.“, „S. 3“, „320 Pixel“: a line must not break inside them.
    expect(text).not.toMatch(/\b(Art|Abs|Nr|S)\. \d/);
    expect(text).not.toMatch(/\bz\. B\./);
    expect(text).not.toMatch(/\d (Pixel|Pixeln|KB|MB|Prozent)\b/);
  });

  test.each(pages)('%s quotes with „…“, never with straight quotation marks', (_address, page) => {
    expect(readText(page)).not.toMatch(/"/);
  });

  test('the page title of every page is written with the same dash', () => {
    for (const [address, page] of pages) {
      const [title] = all('title', page);
      expect(readText(title ?? page), address).not.toContain('—');
    }
  });
});
