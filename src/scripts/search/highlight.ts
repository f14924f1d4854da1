/**
 * On a page opened from a search result (its address carries the search words): Pagefind's
 * highlighter marks the words in the page's content. Its own styles stay off (they would be
 * injected as a `<style>` element, which a strict Content-Security-Policy forbids); the marks
 * are styled in the search stylesheet. When the address names no section, the first mark
 * is scrolled into view; otherwise the browser has already scrolled to the section.
 */
import { SEARCH_BUNDLE_PATH } from '../../routes';
import { HIGHLIGHT_PARAM } from '../../search-settings';

/** The class the marks get; the stylesheet uses the same name. */
const MARK_CLASS = 'pagefind-highlight';

type PagefindHighlight = new (options: {
  highlightParam: string;
  addStyles: boolean;
  markOptions: { className: string; exclude: string[] };
}) => unknown;

async function highlight() {
  const url = `${SEARCH_BUNDLE_PATH}pagefind-highlight.js`;
  const { default: Highlight } = (await import(/* @vite-ignore */ url)) as { default: PagefindHighlight };
  new Highlight({
    highlightParam: HIGHLIGHT_PARAM,
    addStyles: false,
    // Text kept out of the index (labels, notes) is not marked either.
    markOptions: { className: MARK_CLASS, exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
  });
  if (location.hash === '') document.querySelector(`mark.${MARK_CLASS}`)?.scrollIntoView({ block: 'center' });
}

void highlight();
