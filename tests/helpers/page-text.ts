/**
 * A built page's text as a reader gets it: what a screen reader, a reader mode or a copy of the
 * page reads, with line breaks where blocks end and nothing added between inline elements.
 * Site checks read words and sentences through this, never the markup.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { INLINE } from '../../src/lib/version-text';

/** Elements whose content is no text of the page (or a control, announced on its own). */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'head', 'button', 'svg', 'select', 'textarea']);

export type Page = Root;

export const parsePage = (html: string): Page => fromHtml(html);

const isInline = (element: Element) => INLINE.has(element.tagName) || element.tagName.includes('-');

/** Every element of a tree below `node`, in document order. */
export const elements = (node: Root | Element): Element[] => selectAll('*', node);

/** The elements below `node` that match a CSS selector. */
export const select = (node: Root | Element, selector: string): Element[] => selectAll(selector, node);

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
export function withoutRecorded(page: Page): Page {
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
export function mainText(page: Page): string {
  const [main] = select(page, 'main');
  if (!main) throw new Error('the page has no <main>');
  return readText(main);
}

/** The text of the elements matching a selector, one entry each. */
export const textsOf = (node: Root | Element, selector: string): string[] =>
  select(node, selector).map((element) => readText(element));

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
