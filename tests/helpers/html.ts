/**
 * Reading built pages without a browser, the one way every check does it: parse once, query
 * with CSS selectors (selector first, then where to look, as in the DOM's
 * `scope.querySelectorAll(selector)` and hast-util-select), read text as a reader gets it.
 * Checks of markup and files over `dist/` use this instead of Chromium.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml, type Options } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { INLINE } from '../../src/lib/version-text';
import { builtHtml, type BuiltPage } from './dist';

export type { Element, Root };

/** Parses HTML (a whole page unless `options` say otherwise) into the tree the queries read. */
export const parse = (html: string, options?: Options): Root => fromHtml(html, options);

export interface ParsedBuiltPage extends BuiltPage {
  tree: Root;
}

const cache = new Map<string, ParsedBuiltPage[]>();

/** Every content page of the build (moved addresses left out), parsed once per output folder. */
export function parsedPages(dist = 'dist'): ParsedBuiltPage[] {
  let pages = cache.get(dist);
  if (!pages) {
    pages = builtHtml(dist)
      .filter((page) => !page.isRedirect)
      .map((page) => ({ ...page, tree: parse(page.html) }));
    cache.set(dist, pages);
  }
  return pages;
}

/** One page by its address; fails loudly when the build does not have it. */
export function parsedPage(address: string, dist = 'dist'): ParsedBuiltPage {
  const page = parsedPages(dist).find((candidate) => candidate.address === address);
  if (!page) throw new Error(`the build has no page at ${address}`);
  return page;
}

/** The first element matching `selector`; fails when there is none. */
export function one(selector: string, scope: Root | Element): Element {
  const found = select(selector, scope);
  if (!found) throw new Error(`no element matches ${selector}`);
  return found;
}

export const all = (selector: string, scope: Root | Element): Element[] => selectAll(selector, scope);

/** Text content with white space folded, as a reader sees it on one line. */
export const text = (node: Element | Root | undefined): string =>
  node ? toString(node).replace(/\s+/g, ' ').trim() : '';

/** A string attribute (`class` and other lists joined by spaces). */
export function attr(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** The content of a `<meta>` given by `name` or `property`. */
export function meta(tree: Root, key: string): string | undefined {
  const found = select(`meta[property="${key}"], meta[name="${key}"]`, tree);
  return found ? attr(found, 'content') : undefined;
}

/** Text of an element with the parts hidden from assistive technology (`aria-hidden`) left out. */
export function readableText(node: Element | Root): string {
  let result = '';
  for (const child of node.children) {
    if (child.type === 'text') result += child.value;
    else if (child.type === 'element' && child.properties.ariaHidden !== 'true') result += readableText(child);
  }
  return result.replace(/\s+/g, ' ').trim();
}

/** The name assistive technology gives an element: its `aria-label`, otherwise its readable text (white space folded). */
export const accessibleName = (element: Element): string =>
  attr(element, 'ariaLabel')?.replace(/\s+/g, ' ').trim() ?? readableText(element);

/**
 * The elements of `elements` that carry one of Astro's scope classes (`astro-…`), as
 * `tag.classes`: markup only the build needs, which components avoid by styling under their own
 * element.
 */
export const scopeClassed = (elements: Element[]): string[] =>
  elements
    .filter((element) => (attr(element, 'className') ?? '').split(' ').some((name) => name.startsWith('astro-')))
    .map((element) => `${element.tagName}.${attr(element, 'className') ?? ''}`);

/** Elements whose content is no text of the page (or a control, announced on its own). */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'head', 'button', 'svg', 'select', 'textarea']);

const isInline = (element: Element) => INLINE.has(element.tagName) || element.tagName.includes('-');

/**
 * Runs of text the way a reader meets them: a run ends where a block ends. Inside a run, `edges`
 * marks each place where one element ends or another begins between two pieces of text.
 */
function runs(node: Root | Element): { text: string; edges: number[] }[] {
  const found: { text: string; edges: number[] }[] = [];
  let text = '';
  let edges: number[] = [];
  let pendingEdge = false;
  const flush = () => {
    if (text.trim() !== '') found.push({ text, edges });
    text = '';
    edges = [];
    pendingEdge = false;
  };
  const walk = (children: (RootContent | ElementContent)[]) => {
    for (const child of children) {
      if (child.type === 'text') {
        if (pendingEdge && text !== '') edges.push(text.length);
        pendingEdge = false;
        text += child.value;
      } else if (child.type === 'element') {
        if (SKIPPED.has(child.tagName)) {
          flush();
        } else if (child.tagName === 'br') {
          text += '\n';
        } else if (isInline(child)) {
          pendingEdge = true;
          walk(child.children);
          pendingEdge = true;
        } else {
          flush();
          walk(child.children);
          flush();
        }
      }
    }
  };
  walk(node.type === 'root' ? node.children : [node]);
  flush();
  return found;
}

/**
 * What pages record of earlier versions: the notes of versions, which quote earlier wording on
 * purpose („… statt …“), and on a version's own page its text and its changes. Checks of the
 * site's present wording leave these out.
 */
const RECORDED = ['.version-list', 'ol.changes .change', '.version-page .note', '.version-text', '.version-changes'];

/** A page without what it records of earlier versions (a copy; the page itself stays as it is). */
export function withoutRecorded(page: Root): Root {
  const copy = structuredClone(page);
  const recorded = new Set(RECORDED.flatMap((selector) => selectAll(selector, copy)));
  const prune = (node: Root | Element) => {
    node.children = node.children.filter((child) => !(child.type === 'element' && recorded.has(child)));
    for (const child of node.children) if (child.type === 'element') prune(child);
  };
  prune(copy);
  return copy;
}

/** The text of an element or page as a reader gets it: blocks on lines of their own, white space folded. */
export function readText(node: Root | Element): string {
  return runs(node)
    .map(({ text }) => text.replace(/[ \t\r\n\f]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** The text of the page's `<main>`. */
export function mainText(page: Root): string {
  const [main] = all('main', page);
  if (!main) throw new Error('the page has no <main>');
  return readText(main);
}

/** The text of the elements matching a selector, one entry each. */
export const textsOf = (selector: string, node: Root | Element): string[] =>
  all(selector, node).map((element) => readText(element));

/**
 * Places where two words run together across an element boundary, e.g. „Deutschland:falsch“ from
 * `<span>Deutschland:</span><strong>falsch</strong>`: a letter, digit or closing punctuation
 * right before the boundary and a letter, digit or opening mark right after it.
 */
export function gluedWords(node: Root | Element): string[] {
  const found: string[] = [];
  for (const { text, edges } of runs(node)) {
    for (const edge of edges) {
      const before = text.slice(0, edge);
      const after = text.slice(edge);
      if (/[\p{L}\p{N}\p{Sm}.,:;!?)\]“]$/u.test(before) && /^[\p{L}\p{N}\p{Sm}([„]/u.test(after)) {
        found.push(`${before.slice(-30).trimStart()}|${after.slice(0, 30).trimEnd()}`.replace(/\s+/g, ' '));
      }
    }
  }
  return found;
}
