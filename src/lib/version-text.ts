/**
 * A page's text as its versions record it: what the built page's `<main>` shows a reader,
 * without what is not the page's own text (its Stand and list of versions, the „Zitieren“ box,
 * link controls, navigation to other pages, print-only repeats, hidden elements), with light
 * block structure so a version page can show it and compare it block by block:
 *
 *     # Heading (one `#` per level)
 *
 *     A paragraph, white space folded.
 *
 *     > A quotation's paragraph
 *
 *     - A list item
 *
 *     | A table cell
 *
 * Blocks are separated by a blank line; a paragraph that begins with one of these marks gets a
 * `\` before it. `<q>` is read with the marks the reader sees („…“, inside it ‚…‘).
 *
 * The markup says what counts: the layout marks a page with versions (`versionedMain`), and
 * parts that are not its text carry `notInVersionText`. Both attributes are for this reading
 * only: `withoutVersionMarkup` takes them out of the pages after the check.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** On `<main>`: the page has versions, and its text is checked against the latest. */
export const versionedMain = { 'data-fassung': '' } as const;

/** On a part of a page with versions that is not the page's own text. */
export const notInVersionText = { 'data-fassung-ignore': '' } as const;

/** Elements whose content is no text of the page, or a control. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'button', 'svg', 'select', 'textarea']);

/** Elements that flow inside a line of text; every other element (but custom elements) starts a block. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);

/** How `<q>` reads at each depth: the site's `quotes` property. */
const QUOTE_MARKS = [
  ['„', '“'],
  ['‚', '‘'],
] as const;

interface Context {
  /** The block's mark: `## `, `- `, `| ` or none. */
  mark: string;
  /** How many quotations the block stands in. */
  quotes: number;
}

const HTML_SPACE = /[ \t\n\r\f]+/g;
/** Marks a block can start with; a paragraph starting with one is escaped. */
const MARKS = /^(?:#{1,6} |> |- |\| |\\)/;

function contextOf(element: Element, outer: Context): Context {
  const heading = /^h([1-6])$/.exec(element.tagName);
  if (heading) return { ...outer, mark: `${'#'.repeat(Number(heading[1]))} ` };
  switch (element.tagName) {
    case 'li':
      return { ...outer, mark: '- ' };
    case 'td':
    case 'th':
      return { ...outer, mark: '| ' };
    case 'blockquote':
      return { mark: '', quotes: outer.quotes + 1 };
    default:
      return outer;
  }
}

const isIgnored = (element: Element) =>
  SKIPPED.has(element.tagName) ||
  element.properties.hidden === true ||
  element.properties.dataFassungIgnore !== undefined;

/** The blocks of text under `root`, in reading order. */
function blocksOf(root: Root | Element): string[] {
  const blocks: string[] = [];
  let line = '';
  let quoteDepth = 0;
  const flush = (context: Context) => {
    const text = line.replace(HTML_SPACE, ' ').trim();
    line = '';
    if (text === '') return;
    const escaped = context.mark === '' && MARKS.test(text) ? `\\${text}` : text;
    blocks.push(`${'> '.repeat(context.quotes)}${context.mark}${escaped}`);
  };
  const walk = (children: ElementContent[], context: Context) => {
    for (const child of children) {
      if (child.type === 'text') {
        line += child.value;
      } else if (child.type === 'element' && !isIgnored(child)) {
        if (child.tagName === 'br') {
          line += ' ';
        } else if (child.tagName === 'q') {
          const [open, close] = QUOTE_MARKS[quoteDepth % 2] ?? QUOTE_MARKS[0];
          quoteDepth += 1;
          line += open;
          walk(child.children, context);
          line += close;
          quoteDepth -= 1;
        } else if (INLINE.has(child.tagName) || child.tagName.includes('-')) {
          walk(child.children, context);
        } else {
          const inner = contextOf(child, context);
          flush(context);
          walk(child.children, inner);
          flush(inner);
        }
      }
    }
  };
  const start = { mark: '', quotes: 0 };
  walk(root.type === 'root' ? (root.children as ElementContent[]) : [root], start);
  flush(start);
  return blocks;
}

/** The start tag of `<main>` and where its content ends, without parsing the rest of the page. */
function mainOf(html: string): { startTag: string; content: string } | undefined {
  const start = html.indexOf('<main');
  if (start === -1) return undefined;
  const open = html.indexOf('>', start);
  const end = html.lastIndexOf('</main>');
  if (open === -1 || end < open) return undefined;
  return { startTag: html.slice(start, open + 1), content: html.slice(open + 1, end) };
}

/**
 * The text of a built page with versions, or undefined for a page without (its `<main>` does
 * not carry `versionedMain`). Only `<main>` is parsed: the rest is the same on every page.
 */
export function versionText(html: string): string | undefined {
  const main = mainOf(html);
  if (!main || !/\sdata-fassung[\s=>]/.test(main.startTag)) return undefined;
  return blocksOf(fromHtml(main.content, { fragment: true })).join('\n\n');
}

/** A page without the attributes only the version check reads. */
export function withoutVersionMarkup(html: string): string {
  return html.replace(/ data-fassung(?:-ignore)?(?:="")?(?=[\s>])/g, '');
}

/** One block of a version's text, as `versionText` writes it. */
export interface TextBlock {
  kind: 'heading' | 'item' | 'cell' | 'paragraph';
  /** A heading's level (1–6); 0 for other blocks. */
  level: number;
  /** How many quotations the block stands in. */
  quotes: number;
  /** The block's words, without its marks. */
  text: string;
}

/** Reads a version's text back into its blocks. */
export function textBlocks(text: string): TextBlock[] {
  return text
    .split('\n\n')
    .filter((raw) => raw.trim() !== '')
    .map((raw) => {
      let rest = raw;
      let quotes = 0;
      while (rest.startsWith('> ')) {
        quotes += 1;
        rest = rest.slice(2);
      }
      const heading = /^(#{1,6}) /.exec(rest);
      if (heading?.[1])
        return { kind: 'heading', level: heading[1].length, quotes, text: rest.slice(heading[0].length) };
      if (rest.startsWith('- ')) return { kind: 'item', level: 0, quotes, text: rest.slice(2) };
      if (rest.startsWith('| ')) return { kind: 'cell', level: 0, quotes, text: rest.slice(2) };
      return { kind: 'paragraph', level: 0, quotes, text: rest.startsWith('\\') ? rest.slice(1) : rest };
    });
}
