/**
 * The one script every page runs, kept to a few hundred bytes: it adds the copy buttons, which
 * readers see from the start, and otherwise only waits. The code behind each feature loads
 * when the reader reaches for it:
 * - the header search when the pointer moves over it, a finger touches it, it gets focus, or
 *   `/`, Ctrl+K or ⌘+K is pressed, so code, WebAssembly and index are on their way while the
 *   reader is still aiming for the box;
 * - on `/suche/`, the search page's code at once when the address holds a query, otherwise as
 *   the reader reaches for its form (or presses a shortcut); if it cannot load (blocked,
 *   offline), the page says so beside the A–Z list and keeps the query;
 * - the highlighter on a page opened from a search result;
 * - the copy code on the first click of a copy button (the buttons are made here where a clipboard
 *   exists; the page carries only their names).
 */
import { copyLink, highlight, searchPage, siteSearch } from 'virtual:search-ui';
import { QUERY_PARAM, TOPIC_PARAM } from '../routes';
import { HIGHLIGHT_PARAM, isSearchShortcut } from '../search-settings';

const load = (address: string): Promise<unknown> => import(/* @vite-ignore */ address);

/** What shows that the reader is about to search. */
const INTENT = ['pointerover', 'touchstart', 'focusin'] as const;

/** Loads `address` on the reader's first move towards `element`. */
function onIntent(element: Element, address: string, failed?: () => void) {
  const start = () => {
    for (const type of INTENT) element.removeEventListener(type, start);
    load(address).catch(() => failed?.());
  };
  for (const type of INTENT) element.addEventListener(type, start, { passive: true });
  return start;
}

const header = document.querySelector('site-search');
if (header) onIntent(header, siteSearch);

const page = document.querySelector('search-page');
if (page) {
  const params = new URLSearchParams(location.search);
  // The query stays in the box even where the search code cannot run.
  const box = page.querySelector('input[type="search"]');
  if (box instanceof HTMLInputElement) box.value = params.get(QUERY_PARAM) ?? '';
  const start = onIntent(page.querySelector('form') ?? page, searchPage, () => {
    const note = page.querySelector<HTMLElement>('[data-search-unavailable]');
    if (note) note.hidden = false;
  });
  // A query in the address is a search to run now; without one, the page is first read (its
  // A–Z list), and the code would only delay its first paint.
  if (params.get(QUERY_PARAM)?.trim() || params.has(TOPIC_PARAM)) start();
}

// The shortcut goes to the search page's own box where there is one.
const shortcutBox = (page ?? header)?.querySelector('input[type="search"]');
if (shortcutBox instanceof HTMLInputElement) {
  document.addEventListener('keydown', (event) => {
    if (!isSearchShortcut(event)) return;
    event.preventDefault();
    shortcutBox.focus();
    shortcutBox.select();
  });
}

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) void load(highlight);

// The Clipboard API exists only in secure contexts (https, localhost); elsewhere the anchor
// links stay the way to share. The buttons are made at once, not on the reader's first move:
// where a pointer can hover they take their place unseen, and touch screens show them from
// the start, so nothing moves or appears later while the reader reads.
if ('clipboard' in navigator) {
  for (const control of document.querySelectorAll<HTMLElement>('[data-copy]')) {
    // The control names its button; the visible label is the name up to the colon that adds the passage.
    const name = control.dataset.copy ?? '';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = name.replace(/: .*/, '');
    button.setAttribute('aria-label', name);
    button.addEventListener('click', () => {
      void load(copyLink).then((module) => (module as typeof import('./copy-link')).copy(control));
    });
    // A polite live region rather than role="status": a page has many of these, and the page's
    // one status (e.g. the search's) stays the only element with that role.
    const status = document.createElement('span');
    status.className = 'copy-status';
    status.setAttribute('aria-live', 'polite');
    control.append(button, status);
  }
}
