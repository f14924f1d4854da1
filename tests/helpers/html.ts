/**
 * Reading built pages without a browser: parse once, query with CSS selectors, read text as
 * a reader sees it. Checks of markup and files over `dist/` use this instead of Chromium.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { builtHtml, type BuiltPage } from './dist';

export type { Element, Root };

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
      .map((page) => ({ ...page, tree: fromHtml(page.html) }));
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
