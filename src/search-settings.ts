/**
 * Settings of the site search that the pages and the browser code share. Kept free of imports:
 * the script every page runs takes its part of it into its one file.
 */

/**
 * Query parameter that carries the search words to the page a result opens, where they are
 * highlighted. Pagefind adds one per word to every result address.
 */
export const HIGHLIGHT_PARAM = 'markiert';

/** Pause after the last keystroke before searching, so fast typing does not queue searches. */
export const DEBOUNCE_MS = 20;

/** Results shown in the header box; the search page shows all. */
export const HEADER_RESULTS = 5;

/**
 * Results whose data is fetched at once: about as many as fit on screen. The next ones are
 * fetched, this many at a time, when the reader comes to the end of those shown.
 */
export const RESULTS_AT_ONCE = { header: 3, page: 10 } as const;

/** Matching sections listed under a result. */
export const SECTIONS_PER_RESULT = 3;

/**
 * Keys that open the search from anywhere: `/` (unless the reader is typing somewhere) and
 * Ctrl+K or ⌘+K.
 */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') return true;
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return false;
  const target = event.target as HTMLElement | null;
  return !target?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])');
}

/** The keys above, for `aria-keyshortcuts`. */
export const SHORTCUTS = '/ Control+K Meta+K';
