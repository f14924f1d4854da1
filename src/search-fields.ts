/**
 * Names of the metadata and filters the pages give the index (`data-pagefind-meta`,
 * `data-pagefind-filter`) and the results read back. Pagefind searches every metadata
 * field, so labels that many pages share are stored as filters instead: every result
 * carries its filter values too, but they are not searched.
 *
 * Shared by the pages that give the index its fields and the browser code that reads them. A
 * module of its own, not in the settings: those go into the script every page runs, and
 * only the indexer and the search code, loaded on first use, need these names.
 */
export const FIELDS = {
  /** Filter: kind of page, e.g. „Behauptung“. */
  type: 'type',
  /** Filter: a claim's topics. */
  topic: 'topic',
  /** Filter: how a claim is worded, „Behauptung, wörtlich zitiert“ or „… sinngemäß“. */
  kind: 'kind',
  /** Metadata: Microsoft's answer in one sentence. */
  answer: 'answer',
  /** Metadata: search keywords from the frontmatter and related words from the word list; searched, never shown. */
  keywords: 'keywords',
  /** Metadata: related words of the things a claim is the main page about; searched, never shown. */
  mainTerms: 'main',
  /**
   * Filter, never filtered by: the title of a part of a page that is a result of its own (a
   * glossary entry, a timeline event). A filter value is shown with the result but never
   * searched, so the part ranks by its text alone, as a section of a page does; in Pagefind's
   * `title` a match counts five times, which would rank an entry named by a word above the claim
   * in which Microsoft uses it.
   */
  heading: 'heading',
} as const;
