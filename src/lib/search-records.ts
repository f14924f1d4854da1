/**
 * Parts of a page that the search lists as results of their own: each glossary entry and each
 * timeline event. A reader who searches „Schrems“ wants the entry or the event, titled by it and
 * excerpted from it, not the page that holds twelve of them under the page's title.
 *
 * The page marks each such part (`searchRecord` in `search-markup.ts`). Pagefind leaves marked
 * parts out of their page (`RECORD_SELECTOR` is one of its exclude selectors), and this module
 * gives it each part as a record of its own, built from the finished page: the part's markup
 * as the page shows it (labels and sources it keeps out of the search stay out), the filters of
 * the page's search body, the part's title, and its address, the page's with the part's anchor.
 * The record keeps no ids, so Pagefind lists no section under it: the result itself is the
 * section.
 *
 * Nothing changes for the highlighter: a result opens the page at the part's anchor, and the
 * words are marked there as in any other part of the page's search body.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PagefindIndex } from 'pagefind';
import { builtAddress } from '../data/addresses';
import { FIELDS } from '../search-fields';
import { RECORD_ATTRIBUTE, RECORD_TITLE_ATTRIBUTE } from './search-markup';

/** For Pagefind's exclude selectors: the parts its page leaves to their records. */
export const RECORD_SELECTOR = `[${RECORD_ATTRIBUTE}]`;

/** A part of a page as Pagefind gets it. */
export interface SearchRecord {
  /** The page's address with the part's anchor, e.g. `/begriffe/#schrems-ii`. */
  url: string;
  /** A document of its own: the part inside a search body. */
  content: string;
}

const isElement = (node: Root | RootContent | ElementContent): node is Element => node.type === 'element';

const has = (element: Element, property: string) =>
  element.properties[property] !== undefined && element.properties[property] !== false;

/** Every element in `node`, depth first. */
function* elements(node: Root | Element): Generator<Element> {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    yield child;
    yield* elements(child);
  }
}

/** Properties a record leaves out: ids, so Pagefind finds no anchor in it, and the record's own mark. */
const DROPPED = new Set(['id', 'dataSearchRecord', 'dataSearchTitle']);

/** A copy of `element` without `DROPPED` properties, its children too. */
function withoutAnchors(element: Element): Element {
  return {
    ...element,
    properties: Object.fromEntries(Object.entries(element.properties).filter(([name]) => !DROPPED.has(name))),
    children: element.children.map((child) => (isElement(child) ? withoutAnchors(child) : child)),
  };
}

/**
 * The records marked in one built page (`html`, served at `address`). A record found only in
 * text the search skips (outside every search body, or inside a part it ignores) is no record.
 * A mark without title, or with an anchor the part does not hold, is an error: the result would
 * have no title or lead nowhere.
 */
export function pageRecords(html: string, address: string): { records: SearchRecord[]; errors: string[] } {
  const tree = fromHtml(html);
  const root = [...elements(tree)].find((element) => element.tagName === 'html');
  const lang = typeof root?.properties.lang === 'string' ? root.properties.lang : '';
  const records: SearchRecord[] = [];
  const errors: string[] = [];

  const visit = (node: Root | Element, body: Element | undefined) => {
    for (const child of node.children) {
      if (!isElement(child) || has(child, 'dataPagefindIgnore')) continue;
      const inBody = has(child, 'dataPagefindBody') ? child : body;
      if (inBody && has(child, 'dataSearchRecord')) {
        const anchor = String(child.properties.dataSearchRecord);
        const title = String(child.properties.dataSearchTitle ?? '').trim();
        const where = `${address}: the search record "${anchor}"`;
        if (title === '') errors.push(`${where} has no title (${RECORD_TITLE_ATTRIBUTE})`);
        if (![child, ...elements(child)].some((element) => element.properties.id === anchor))
          errors.push(`${where} holds no element with that id, so its result would lead nowhere`);
        const heading: Element = {
          type: 'element',
          tagName: 'span',
          properties: { hidden: true, dataPagefindFilter: `${FIELDS.heading}:${title}` },
          children: [],
        };
        const searchBody: Element = {
          type: 'element',
          tagName: 'div',
          properties: { dataPagefindBody: '', dataPagefindFilter: inBody.properties.dataPagefindFilter },
          children: [heading, withoutAnchors(child)],
        };
        records.push({
          url: `${address}#${anchor}`,
          content: `<!doctype html><html lang="${lang}"><head><title></title></head><body>${toHtml(searchBody)}</body></html>`,
        });
        continue;
      }
      visit(child, inBody);
    }
  };
  visit(tree, undefined);
  return { records, errors };
}

/** Adds every record marked in the built site in `siteDir` to `index`; returns the problems. */
export async function addRecords(index: PagefindIndex, siteDir: string): Promise<string[]> {
  const files = (await readdir(siteDir, { recursive: true, encoding: 'utf8' })).filter((file) =>
    file.endsWith('.html'),
  );
  const problems: string[] = [];
  for (const file of files.sort()) {
    const html = await readFile(path.join(siteDir, file), 'utf8');
    // Most pages hold none; parsing only those that do keeps the build as fast as before.
    if (!html.includes(RECORD_ATTRIBUTE)) continue;
    const { records, errors } = pageRecords(html, builtAddress(file));
    problems.push(...errors);
    for (const record of records) {
      const added = await index.addHTMLFile(record);
      problems.push(...added.errors.map((error) => `${record.url}: ${error}`));
    }
  }
  return problems;
}
