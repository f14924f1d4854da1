/**
 * The glossary on the built site: /begriffe/ lists every entry of the register with a
 * linkable heading, its other names, sources and claims; claim pages link the first use of a
 * term in their own text to its entry, and never inside a quotation, a heading or a claim's
 * wording.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Model } from '../../src/data/model';
import { all, attr, parsedPage, readText, text, type Element } from '../helpers/html';
import { loadModel } from '../helpers/load-content';

const html = (address: string) => parsedPage(address).html;
const hasClass = (element: Element, name: string) => (attr(element, 'className') ?? '').split(' ').includes(name);
const model: Model = await loadModel('content');

/** Term links of a page, each with the elements it sits in (outermost first). */
function termLinksOn(address: string): { href: string; text: string; inside: Element[] }[] {
  const links: { href: string; text: string; inside: Element[] }[] = [];
  const walk = (node: Element, ancestors: Element[]) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'a' && hasClass(child, 'term-link')) {
        links.push({ href: String(child.properties.href), text: text(child), inside: ancestors });
      }
      walk(child, [...ancestors, child]);
    }
  };
  for (const child of parsedPage(address).tree.children) if (child.type === 'element') walk(child, [child]);
  return links;
}

describe('the glossary page /begriffe/', () => {
  test('shows every entry under a heading whose id is its key, with an anchor link and its other names', () => {
    const { tree } = parsedPage('/begriffe/');
    const headings = new Map(all('h2[id]', tree).map((heading) => [attr(heading, 'id'), readText(heading)]));
    const anchors = new Set(all('copy-link > a', tree).map((anchor) => attr(anchor, 'href')));
    // As typed: `text` folds white space, no-break spaces too (as in „Art.\u00a045 DS-GVO“).
    const shown = readText(tree);

    expect(model.glossary.length).toBeGreaterThanOrEqual(8);
    for (const term of model.glossary) {
      expect(headings.get(term.id), term.id).toBe(term.term);
      expect(anchors, term.id).toContain(`#${term.id}`);
      for (const name of term.names) expect(shown, `${term.id}: ${name}`).toContain(name);
    }
  });

  test('links each entry to its sources and to the claim pages where it matters', () => {
    const page = html('/begriffe/');

    for (const term of model.glossary) {
      const start = page.indexOf(`id="${term.id}"`);
      const next = model.glossary.map((other) => page.indexOf(`id="${other.id}"`)).filter((at) => at > start);
      const entry = page.slice(start, Math.min(page.length, ...next));
      for (const source of term.sources)
        expect(entry, term.id).toContain(`href="${source.url.replaceAll('&', '&#x26;')}"`);
      for (const claim of term.claims) expect(entry, term.id).toContain(`href="${claim.path}"`);
    }
  });

  test('names DSGVO, DS-GVO, Datenschutz-Grundverordnung and GDPR in one entry', () => {
    const entry = model.glossary.find((term) => term.id === 'datenschutz-grundverordnung');

    expect([entry?.term, ...(entry?.names ?? [])].join(' ')).toEqual(
      expect.stringMatching(/(?=.*DSGVO)(?=.*DS-GVO)(?=.*Datenschutz-Grundverordnung)(?=.*GDPR)/),
    );
  });

  // Its kind („Begriff“) goes into the index as a filter; the build then drops the attribute
  // from the page, so the end-to-end search tests check it through the index.
  test('is searchable and in the main navigation', () => {
    const page = html('/begriffe/');

    expect(page).toContain('data-pagefind-body');
    expect(html('/')).toMatch(/<nav aria-label="Hauptnavigation"[^>]*>[\s\S]*?href="\/begriffe\/"[\s\S]*?<\/nav>/);
  });

  test('is in the sitemap', () => {
    const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');

    expect(sitemap).toMatch(/<loc>[^<]*\/begriffe\/<\/loc>/);
  });
});

describe('term links on claim pages', () => {
  const claimPages = model.claims.map((claim) => [claim.path, claim.id] as const);

  test('claim pages link terms to their glossary entries at all', () => {
    const links = model.claims.flatMap((claim) => termLinksOn(claim.path));

    expect(links.length).toBeGreaterThan(3);
  });

  test.each(claimPages)('%s links each term once, to an entry that lists the claim', (address, id) => {
    const links = termLinksOn(address);
    const hrefs = links.map((link) => link.href);

    expect(new Set(hrefs).size).toBe(hrefs.length);
    for (const href of hrefs) {
      const term = model.glossary.find((entry) => entry.path === href);
      expect(term, href).toBeDefined();
      expect(
        term?.claims.map((claim) => claim.id),
        `${href} is linked on ${address}; list "${id}" in its claims`,
      ).toContain(id);
    }
  });

  test.each(claimPages)('%s links no term inside a quotation, heading, link or claim wording', (address) => {
    const forbidden = new Set(['blockquote', 'q', 'figure', 'h1', 'h2', 'h3', 'h4', 'a', 'button']);

    const misplaced = termLinksOn(address).filter((link) =>
      link.inside.some((element) => forbidden.has(element.tagName) || hasClass(element, 'paraphrase')),
    );

    expect(misplaced.map((link) => link.text)).toEqual([]);
  });
});
