/**
 * What the search index sees. Pagefind reads `data-pagefind-*` attributes from the built
 * HTML; the attribute sets live here so every page marks its content the same way and a
 * newcomer finds in one place what is searchable.
 *
 * Only elements marked as the search body are indexed: the main article of content pages.
 * Header, footer, navigation, previous/next and related lists stay out of it.
 */
import { FIELDS } from '../search-fields';
import { ui } from '../strings';

export type PageType = keyof typeof ui.search.pageTypes;

/** Marks a part of a page as a result of its own (`searchRecord`); its value is the anchor the result opens. */
export const RECORD_ATTRIBUTE = 'data-search-record';
/** The title of that result. */
export const RECORD_TITLE_ATTRIBUTE = 'data-search-title';

/**
 * How much a word counts on a page of each type (Pagefind's default is 1). Claims, Microsoft's
 * words, count fully. Of the pages that hold the timeline and the glossary only their title and
 * introduction are left (their events and entries are results of their own, `searchRecord`).
 * The pages about the site list sources and legal text that name many things the content
 * explains; they come last for those words.
 */
const WEIGHTS: Record<PageType, string | undefined> = {
  claim: undefined,
  context: '0.5',
  glossary: '0.5',
  // Pagefind's smallest step (1/24): below an event's text and an entry's explanation, so the
  // legal pages and the lists of sources and reports, which name much, come after them.
  page: '0.04',
};

/**
 * How much a word counts in a part that is a result of its own, far below a claim's words, so a
 * claim still comes first for the words Microsoft uses. A glossary entry's term and other names
 * count twice as much as its explanation (`EXPLANATION_WEIGHT`) and an event's text: an entry comes
 * first for what it is called, an event for what happened. (Pagefind keeps weights in steps of
 * 1/24: 0.2 counts as 4/24, 0.1 as 2/24.)
 */
const RECORD_WEIGHTS = { glossary: '0.2', context: '0.1' } as const;

/** Attributes for the element whose text is a page's searchable content. */
export function searchBody(type: PageType) {
  const label = ui.search.pageTypes[type];
  return {
    'data-pagefind-body': '',
    'data-pagefind-filter': `${FIELDS.type}:${label}`,
    'data-pagefind-weight': WEIGHTS[type],
  } as const;
}

/**
 * Attributes for a part of a search body that is a result of its own (a glossary entry, a
 * timeline event; see `search-records.ts`): titled `title`, opening at the element with the id
 * `anchor` inside it.
 */
export function searchRecord(type: keyof typeof RECORD_WEIGHTS, anchor: string, title: string) {
  return {
    [RECORD_ATTRIBUTE]: anchor,
    [RECORD_TITLE_ATTRIBUTE]: title,
    'data-pagefind-weight': RECORD_WEIGHTS[type],
  };
}

/** The weight of the explanation in a glossary entry: it counts as much as an event's text. */
export const EXPLANATION_WEIGHT = RECORD_WEIGHTS.context;

/** Attributes for text inside the search body that is the same on many pages (labels, notes). */
export const notSearched = { 'data-pagefind-ignore': '' } as const;

/**
 * What only the indexer reads: the hidden elements that carry metadata and filter values, and
 * the filter and weight attributes. Once the index is written they are taken out of the pages,
 * which readers then download without them. `data-pagefind-body` and `-ignore` stay: the
 * highlighter on a page opened from a result marks words only where the index looked.
 */
const INDEX_ONLY = [
  /<span hidden data-pagefind-(?:meta|filter)="[^"]*"><\/span>/g,
  / data-pagefind-(?:filter|weight)="[^"]*"/g,
  new RegExp(` (?:${RECORD_ATTRIBUTE}|${RECORD_TITLE_ATTRIBUTE})="[^"]*"`, 'g'),
];

/**
 * A page without what only the indexer needs. The build's one pass over the finished pages
 * (`stripIndexMarkup` in the post-build pipeline, after Pagefind has indexed them) applies it.
 */
export function withoutIndexMarkup(html: string): string {
  return INDEX_ONLY.reduce((text, pattern) => text.replace(pattern, ''), html);
}
