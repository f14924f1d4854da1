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
 * `\` before it. A `<q>` carries its „…“ in its text (the style sheet adds none), so it is read as
 * it stands.
 *
 * The markup says what counts: the layout marks a page with versions (`versionedMain`), and
 * parts that are not its text carry `notInVersionText`. Both attributes are for this reading
 * only: `withoutVersionMarkup` takes them out of the pages after the check.
 */
import { Tokenizer, TokenizerMode, type Token } from 'parse5';

type CharacterToken = Token.CharacterToken;

/** On `<main>`: the page has versions, and its text is checked against the latest. */
export const versionedMain = { 'data-fassung': '' } as const;

/** On a part of a page with versions that is not the page's own text. */
export const notInVersionText = { 'data-fassung-ignore': '' } as const;

/** Elements whose content is no text of the page, or a control. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'button', 'svg', 'select', 'textarea']);

/**
 * Elements that flow inside a line of text; every other element (but custom elements) starts a
 * block. The tests read pages' text with the same list.
 */
export const INLINE = new Set([
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
  'q',
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

/** Elements without an end tag: they open nothing. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Elements whose content the tokenizer must read as text, not markup (as a parser would tell it). */
const RAW_TEXT: Partial<Record<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]>> = {
  script: TokenizerMode.SCRIPT_DATA,
  style: TokenizerMode.RAWTEXT,
  textarea: TokenizerMode.RCDATA,
  title: TokenizerMode.RCDATA,
};

/** An open element and what it means for the text inside it. */
interface Open {
  tag: string;
  /** Its content is no text of the page. */
  ignored: boolean;
  /** It starts a block; its mark and quotation depth. */
  block: { mark: string; quotes: number } | undefined;
}

const HTML_SPACE = /[ \t\n\r\f]+/g;
/** Marks a block can start with; a paragraph starting with one is escaped. */
const MARKS = /^(?:#{1,6} |> |- |\| |\\)/;

/** The mark of a block element inside a block marked `outer`, and its quotation depth. */
function blockOf(tag: string, outer: { mark: string; quotes: number }): { mark: string; quotes: number } {
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) return { ...outer, mark: `${'#'.repeat(Number(heading[1]))} ` };
  if (tag === 'li') return { ...outer, mark: '- ' };
  if (tag === 'td' || tag === 'th') return { ...outer, mark: '| ' };
  if (tag === 'blockquote') return { mark: '', quotes: outer.quotes + 1 };
  return outer;
}

/**
 * The blocks of text in a piece of markup, in reading order. Read with parse5's tokenizer, not
 * its tree builder: the site's pages are the build's own well-formed markup, and a page of
 * versions is read on every build (about 3 ms a claim page with the tree, 1 ms without).
 */
function blocksOf(html: string): string[] {
  const blocks: string[] = [];
  const open: Open[] = [];
  const start = { mark: '', quotes: 0 };
  let line = '';
  const block = () => {
    for (let index = open.length - 1; index >= 0; index -= 1) {
      const found = open[index]?.block;
      if (found) return found;
    }
    return start;
  };
  const ignoring = () => open.length > 0 && (open[open.length - 1]?.ignored ?? false);
  const flush = (context: { mark: string; quotes: number }) => {
    const text = line.replace(HTML_SPACE, ' ').trim();
    line = '';
    if (text === '') return;
    const escaped = context.mark === '' && MARKS.test(text) ? `\\${text}` : text;
    blocks.push(`${'> '.repeat(context.quotes)}${context.mark}${escaped}`);
  };
  const text = (token: CharacterToken) => {
    if (!ignoring()) line += token.chars;
  };
  const tokenizer: Tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: false },
    {
      onStartTag(token) {
        const tag = token.tagName;
        const mode = RAW_TEXT[tag];
        if (mode !== undefined) tokenizer.state = mode;
        if (VOID.has(tag) || token.selfClosing) {
          if (tag === 'br' && !ignoring()) line += ' ';
          return;
        }
        const ignored =
          ignoring() ||
          SKIPPED.has(tag) ||
          token.attrs.some((attr) => attr.name === 'hidden' || attr.name === 'data-fassung-ignore');
        if (ignored || INLINE.has(tag) || tag.includes('-')) {
          open.push({ tag, ignored, block: undefined });
          return;
        }
        flush(block());
        open.push({ tag, ignored, block: blockOf(tag, block()) });
      },
      onEndTag(token) {
        const at = open.map((element) => element.tag).lastIndexOf(token.tagName);
        if (at === -1) return;
        const closed = open.splice(at);
        const element = closed[0];
        if (element?.block && !element.ignored) flush(element.block);
      },
      onCharacter: text,
      onWhitespaceCharacter: text,
      onNullCharacter: () => undefined,
      onComment: () => undefined,
      onDoctype: () => undefined,
      onEof: () => {
        flush(start);
      },
    },
  );
  tokenizer.write(html, true);
  return blocks;
}

/** The start tag of `<main>` and where its content ends, without reading the rest of the page. */
function mainOf(html: string): { startTag: string; content: string } | undefined {
  const begin = html.indexOf('<main');
  if (begin === -1) return undefined;
  const open = html.indexOf('>', begin);
  const end = html.lastIndexOf('</main>');
  if (open === -1 || end < open) return undefined;
  return { startTag: html.slice(begin, open + 1), content: html.slice(open + 1, end) };
}

/**
 * The text of a built page with versions, or undefined for a page without (its `<main>` does
 * not carry `versionedMain`). Only `<main>` is read: the rest is the same on every page.
 */
export function versionText(html: string): string | undefined {
  const main = mainOf(html);
  if (!main || !/\sdata-fassung[\s=>]/.test(main.startTag)) return undefined;
  return blocksOf(main.content).join('\n\n');
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
