/**
 * The search's word list (`content/suchbegriffe.yaml`): groups of words readers use for the
 * same thing. At build time each page that contains a word of a group gets the group's other
 * words as hidden index metadata, so any consumer of the index (the site's search boxes, or
 * `pagefind.search()` directly) finds the page under every word of the group.
 *
 * Read outside Astro's content layer, like the address list: it is a build setting for the
 * index rather than content that pages show.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { termGroupsSchema, type TermGroup } from '../schemas/search-terms';
import { CONTENT_DIR, CONTENT_FILES, shownPath } from '../content-dir';
import { ContentError } from './content-error';
import { parseYamlList } from './yaml-files';
import type { Claim } from './types';

const lower = (word: string) => word.toLocaleLowerCase('de-DE');

/** Parses and checks the groups; throws a `ContentError` naming the file, the group and the field. */
export function parseSearchTerms(text: string, file: string): TermGroup[] {
  const groups = parseYamlList(text, file, termGroupsSchema, { entry: 'group', item: 'word' }, []);
  // A word in two groups would make them one group without anybody having reviewed that.
  const owner = new Map<string, number>();
  const problems: string[] = [];
  groups.forEach((group, index) => {
    for (const word of group.terms) {
      const earlier = owner.get(lower(word));
      if (earlier !== undefined) {
        problems.push(
          `${file}: group ${String(index + 1)} field "terms" lists "${word}", which group ${String(earlier + 1)} already has`,
        );
      }
      owner.set(lower(word), index);
    }
  });
  if (problems.length > 0) throw new ContentError(problems);
  return groups;
}

/** Reads the word list from a content folder; a missing file means no groups. */
export function readSearchTerms(contentDir: string): TermGroup[] {
  const full = path.join(contentDir, CONTENT_FILES.searchTerms);
  if (!existsSync(full)) return [];
  return parseSearchTerms(readFileSync(full, 'utf8'), shownPath(full));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A word of the list as it may appear in a text: any case, hyphen, space or nothing between its
 * parts (DS-GVO, DS GVO, DSGVO), at the start of a word and, as in German compounds, also at
 * the start of a longer one (Diagnosedaten in „Diagnosedatenverarbeitung“). Short abbreviations
 * must stand alone, so „DSK“ does not match inside another word.
 */
function pattern(word: string): RegExp {
  const parts = word.split(/[\s-]+/).map(escape);
  const end = word.length <= 4 ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`(?<![\\p{L}\\p{N}])${parts.join('[\\s-]?')}${end}`, 'iu');
}

/**
 * How much `text` is about `group`: its mentions per 100 words, as a search ranks (a short page
 * that names a thing twice is more about it than a long one that names it three times).
 */
const density = (group: TermGroup, text: string) => {
  const count = group.terms.reduce((sum, word) => sum + (text.match(new RegExp(pattern(word), 'giu'))?.length ?? 0), 0);
  return (100 * count) / Math.max(1, text.split(/\s+/).length);
};

/** The words of `group` that `text` lacks. */
const missing = (group: TermGroup, text: string) => group.terms.filter((word) => !pattern(word).test(text));

export interface RelatedTerms {
  /** Words of every group the page mentions, which the page lacks. */
  related: string[];
  /**
   * Every word of the groups this page mentions most of all pages (for its length): it is the
   * page about the thing, and comes first when a reader searches for it by any of its names.
   */
  main: string[];
}

/**
 * The related words for each of `pages` (keyed by anything, with the page's searchable text).
 * A page that names a group's word is found under the group's other words; the page that names
 * the group most often is found first.
 */
export function relatedTerms<K>(groups: readonly TermGroup[], pages: ReadonlyMap<K, string>): Map<K, RelatedTerms> {
  const result = new Map<K, RelatedTerms>([...pages.keys()].map((key) => [key, { related: [], main: [] }]));
  for (const group of groups) {
    const counts = new Map([...pages].map(([key, text]) => [key, density(group, text)]));
    const most = Math.max(0, ...counts.values());
    for (const [key, text] of pages) {
      const count = counts.get(key) ?? 0;
      const entry = result.get(key);
      if (count === 0 || !entry) continue;
      const words = missing(group, text);
      entry.related.push(...words);
      // Here also the words the page has: the second field is what ranks it first.
      if (count === most)
        entry.main.push(...group.terms.filter((word) => words.includes(word) || pattern(word).test(text)));
    }
  }
  return result;
}

let claimTerms: Map<string, RelatedTerms> | undefined;

/**
 * The related words of a claim's index entry, from everything its page says (wording, one-line
 * answer, keywords, body and quotations); `claims` are all claims, to find the main page of
 * each group.
 */
export function claimSearchTerms(claim: Claim, claims: readonly Claim[]): RelatedTerms {
  claimTerms ??= relatedTerms(
    readSearchTerms(CONTENT_DIR),
    new Map(
      claims.map((each) => [
        each.id,
        [
          each.wording,
          each.data.summary,
          ...each.data.keywords,
          each.body,
          ...each.quotes.map((quote) => quote.text),
        ].join('\n'),
      ]),
    ),
  );
  return claimTerms.get(claim.id) ?? { related: [], main: [] };
}
