/**
 * A page's inline stylesheet without the rules for components it does not show.
 *
 * Astro puts a component's styles into every page whose code imports the component, also
 * where it renders nothing (a claim without events has no timeline, yet carried the timeline's
 * styles). Components here scope their rules under their own class (`.timeline > li`), so a
 * rule whose every selector starts with a class that no element of the page has, and that no
 * script of the site names (scripts build search results, mark words, …), styles nothing on
 * that page and is left out; so is a variant's rule (`.search-box.large input`) where no
 * element has the variant's class. Every other rule stays as it is.
 *
 * Hand-written because the libraries of the field did worse here (measured on the 19 pages of
 * the site, before pruning, December 2026): PurgeCSS 8 took 258 ms against 8 ms for this (about
 * 14 ms a page: some 14 s more at 1,000 claims) and dropped `:focus-visible`, `:target` and
 * the print rule for link addresses, which every page needs; beasties 0.5 took 637 ms and, as
 * it matches the markup as built, dropped the rules for what the scripts add (copy buttons,
 * search results). With safelists for both they would keep what this keeps, at their cost.
 */

/** A top-level or nested part of a stylesheet: a rule with its selector, or an at-rule with its block. */
interface Block {
  prelude: string;
  body: string;
}

/** Splits CSS into its blocks (`prelude { body }`), minding quoted strings. */
function blocks(css: string): Block[] {
  const result: Block[] = [];
  let depth = 0;
  let start = 0;
  let open = -1;
  let quote = '';
  for (let i = 0; i < css.length; i += 1) {
    const char = css.charAt(i);
    if (quote) {
      if (char === '\\') i += 1;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '{') {
      if (depth === 0) open = i;
      depth += 1;
    } else if (char === '}') {
      depth -= 1;
      if (depth === 0) {
        result.push({ prelude: css.slice(start, open), body: css.slice(open + 1, i) });
        start = i + 1;
      }
    }
  }
  if (depth !== 0 || css.slice(start).trim() !== '') throw new Error('unused-styles: a stylesheet it cannot read');
  return result;
}

/**
 * The classes each selector of a list starts with: those of its first compound (`.box.large`
 * in `.box.large input`), all of which an element must have. Undefined when one of the
 * selectors starts otherwise.
 */
function leadingClasses(selectorList: string): string[][] | undefined {
  const selectors: string[][] = [];
  for (const selector of selectorList.split(',')) {
    const leading = /^\s*((?:\.-?[_a-zA-Z][\w-]*)+)/.exec(selector);
    if (!leading?.[1]) return undefined;
    selectors.push(leading[1].split('.').slice(1));
  }
  return selectors;
}

/**
 * `css` without the rules that can match nothing: `isUsed(name)` says whether a class occurs
 * on the page or in a script. Blocks of at-rules (`@media`) keep their used rules and go when
 * none is left.
 */
export function withoutUnusedRules(css: string, isUsed: (className: string) => boolean): string {
  return blocks(css)
    .map(({ prelude, body }) => {
      if (/^\s*@(media|supports|layer|container)\b/.test(prelude)) {
        const inner = withoutUnusedRules(body, isUsed);
        return inner.trim() === '' ? '' : `${prelude}{${inner}}`;
      }
      const selectors = prelude.startsWith('@') ? undefined : leadingClasses(prelude);
      // A selector matches nothing when its first compound needs a class nobody uses.
      return selectors?.every((classes) => !classes.every(isUsed)) ? '' : `${prelude}{${body}}`;
    })
    .join('');
}

const CLASS_ATTRIBUTE = /\sclass="([^"]*)"/g;

/**
 * What the site's scripts were last asked about: every page asks the same text about the same
 * few class names, and searching it each time was the build's most expensive line (3.6 s of a
 * build of 1,000 claims with three versions each, 4,032 pages; now a few milliseconds).
 */
let scriptNames: { scripts: string; named: Map<string, boolean> } | undefined;

function namedInScripts(scripts: string, name: string): boolean {
  if (scriptNames?.scripts !== scripts) scriptNames = { scripts, named: new Map() };
  let named = scriptNames.named.get(name);
  if (named === undefined) {
    named = scripts.includes(name);
    scriptNames.named.set(name, named);
  }
  return named;
}

/**
 * Whether a class is used on a page: an element of `html` has it, or `scripts` (the text of
 * the site's scripts) names it, since a script may add it.
 */
export function classUse(html: string, scripts: string): (className: string) => boolean {
  const onPage = new Set([...html.matchAll(CLASS_ATTRIBUTE)].flatMap(([, value]) => (value ?? '').split(/\s+/)));
  return (name) => onPage.has(name) || namedInScripts(scripts, name);
}
