/**
 * The one script every page runs, kept to a few hundred bytes: it only waits. The code behind
 * each feature loads when the reader reaches for it:
 * - the header search when the pointer moves over it, a finger touches it, it gets focus, or
 *   `/`, Ctrl+K or ⌘+K is pressed, so code, WebAssembly and index are on their way while the
 *   reader is still aiming for the box;
 * - the search page's code at once on `/suche/`, whose only purpose is searching; if it cannot
 *   load (blocked, offline), the page says so beside the A–Z list and keeps the query;
 * - the highlighter on a page opened from a search result;
 * - the copy code on the first click of a copy button (revealed here where a clipboard exists).
 */
import { copyLink, highlight, searchPage, siteSearch } from 'virtual:search-ui';
import { HIGHLIGHT_PARAM, isSearchShortcut } from './search/settings';

const load = (address: string): Promise<unknown> => import(/* @vite-ignore */ address);

const header = document.querySelector('site-search');
if (header) {
  const intent = ['pointerover', 'touchstart', 'focusin'] as const;
  const start = () => {
    for (const type of intent) header.removeEventListener(type, start);
    void load(siteSearch);
  };
  for (const type of intent) header.addEventListener(type, start, { passive: true });
  const box = header.querySelector('input');
  document.addEventListener('keydown', (event) => {
    if (!box || !isSearchShortcut(event)) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
}

const page = document.querySelector('search-page');
if (page) {
  // The query stays in the box even where the search code cannot run.
  const box = page.querySelector('input[type="search"]');
  if (box instanceof HTMLInputElement) box.value = new URLSearchParams(location.search).get('q') ?? '';
  load(searchPage).catch(() => {
    const note = page.querySelector<HTMLElement>('[data-search-unavailable]');
    if (note) note.hidden = false;
  });
}

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) void load(highlight);

// The Clipboard API exists only in secure contexts (https, localhost); elsewhere the anchor
// links stay the way to share.
const buttons = document.querySelectorAll<HTMLButtonElement>('.copy-button');
if (buttons.length > 0 && 'clipboard' in navigator) {
  for (const button of buttons) button.hidden = false;
  document.addEventListener('click', (event) => {
    const control = (event.target as Element).closest<HTMLElement>('copy-link, copy-citation');
    if (!control || !(event.target as Element).closest('.copy-button')) return;
    void load(copyLink).then((module) => (module as typeof import('./copy-link')).copy(control));
  });
}
