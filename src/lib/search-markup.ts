/**
 * What the search index sees. Pagefind reads `data-pagefind-*` attributes from the built
 * HTML; the attribute sets live here so every page marks its content the same way and a
 * newcomer finds in one place what is searchable.
 *
 * Only elements marked as the search body are indexed: the main article of content pages.
 * Header, footer, navigation, previous/next and related lists stay out of it.
 */
import { FIELDS } from '../scripts/search/settings';
import { ui } from '../strings';

export type PageType = keyof typeof ui.search.pageTypes;

/**
 * How much a word on a page of each type counts (Pagefind's default is 1). A word that belongs
 * to one claim also turns up on the timeline and on the pages about the site; there it counts
 * less, so the claim comes first.
 */
const WEIGHTS: Record<PageType, string | undefined> = {
  claim: undefined,
  context: '0.5',
  page: '0.5',
  // Each glossary entry carries its own, lower weight: the claim where Microsoft uses a word comes first.
  glossary: undefined,
};

/** Attributes for the element whose text is a page's searchable content. */
export function searchBody(type: PageType) {
  const label = ui.search.pageTypes[type];
  return {
    'data-pagefind-body': '',
    'data-pagefind-filter': `${FIELDS.type}:${label}`,
    'data-pagefind-weight': WEIGHTS[type],
  } as const;
}

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
];

/**
 * A page without what only the indexer needs. The build's one pass over the finished pages
 * (`writePagePolicies`, after the search integration has indexed them) applies it.
 */
export function withoutIndexMarkup(html: string): string {
  return INDEX_ONLY.reduce((text, pattern) => text.replace(pattern, ''), html);
}
