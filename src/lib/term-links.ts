/**
 * Links the first use of each glossary term on a page to its entry on /begriffe/: a rehype-style
 * step over the rendered page, run at build time from the register, so no author links a term
 * by hand and no quotation is ever touched.
 *
 * Only the site's own text is linked. Quotations (`<blockquote>`, `<q>`, the quotation figure),
 * a claim's wording, headings, links, buttons and everything marked with `noTermLinks` stay as
 * they are: quotations and wordings must read exactly as the source has them, and a link inside
 * a heading or another link would be a trap for keyboard and screen-reader users.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/** A term as the linker needs it: where its entry is and every name it goes by. */
export interface LinkableTerm {
  id: string;
  href: string;
  /** The term and its other names, as they appear in running text. */
  names: readonly string[];
}

/** Put on an element whose text must not get term links (e.g. a list of topic labels); the page is written without it. */
export const noTermLinks = { 'data-no-term-links': '' } as const;

const SKIPPED_TAGS = new Set([
  'a',
  'blockquote',
  'q',
  'figure',
  'cite',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'button',
  'script',
  'style',
  'code',
  'pre',
  'time',
  'copy-link',
  'copy-citation',
]);

/** Class of a claim's paraphrased wording (a quoted wording is a `<q>`). */
const WORDING_CLASS = 'paraphrase';

function skipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName)) return true;
  const { properties } = element;
  if (properties.hidden !== undefined && properties.hidden !== false) return true;
  if (properties.dataNoTermLinks !== undefined) return true;
  const classes = Array.isArray(properties.className) ? properties.className : [];
  return classes.includes(WORDING_CLASS);
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name matches only as a whole word: „DSK“ in „DSK-Festlegung“, not „EU“ in „EUR“. */
function matcher(names: readonly string[]): RegExp {
  // Longest first, so „Art. 32 DS-GVO“ wins over „DS-GVO“ at the same place.
  const alternatives = [...names].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

interface Match {
  term: LinkableTerm;
  index: number;
  text: string;
}

/**
 * Links the first occurrence of each term in `tree`, in document order, and returns the ids of
 * the terms it linked. A term already in `linked` is not linked again.
 */
export function linkTerms(tree: Root | Element, terms: readonly LinkableTerm[], linked = new Set<string>()): string[] {
  const matchers = terms
    .filter((term) => term.names.length > 0)
    .map((term) => ({ term, pattern: matcher(term.names) }));
  const added: string[] = [];

  const firstMatch = (value: string): Match | undefined => {
    let best: Match | undefined;
    for (const { term, pattern } of matchers) {
      if (linked.has(term.id)) continue;
      const found = pattern.exec(value);
      if (!found) continue;
      const candidate = { term, index: found.index, text: found[0] };
      if (
        !best ||
        candidate.index < best.index ||
        (candidate.index === best.index && candidate.text.length > best.text.length)
      )
        best = candidate;
    }
    return best;
  };

  const splitText = (value: string): ElementContent[] | undefined => {
    const parts: ElementContent[] = [];
    let rest = value;
    let match = firstMatch(rest);
    if (!match) return undefined;
    while (match) {
      if (match.index > 0) parts.push({ type: 'text', value: rest.slice(0, match.index) });
      parts.push({
        type: 'element',
        tagName: 'a',
        properties: { href: match.term.href, className: ['term-link'] },
        children: [{ type: 'text', value: match.text }],
      });
      linked.add(match.term.id);
      added.push(match.term.id);
      rest = rest.slice(match.index + match.text.length);
      match = firstMatch(rest);
    }
    if (rest !== '') parts.push({ type: 'text', value: rest });
    return parts;
  };

  const visit = (parent: Root | Element) => {
    const children: (RootContent | ElementContent)[] = [];
    for (const child of parent.children) {
      if (child.type === 'text') {
        const parts = splitText(child.value);
        children.push(...(parts ?? [child]));
      } else {
        if (child.type === 'element' && !skipped(child)) visit(child);
        children.push(child);
      }
    }
    parent.children = children;
  };

  visit(tree);
  return added;
}

/** Takes the `noTermLinks` marks out of `node`: only the linking step reads them, readers have no use for them. */
function withoutMarks(node: Root | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    delete child.properties.dataNoTermLinks;
    withoutMarks(child);
  }
}

/** The same for a fragment of rendered HTML: parses it, links the terms and writes it back without the marks. */
export function linkTermsInHtml(html: string, terms: readonly LinkableTerm[]): string {
  const tree = fromHtml(html, { fragment: true });
  linkTerms(tree, terms);
  withoutMarks(tree);
  return toHtml(tree);
}
