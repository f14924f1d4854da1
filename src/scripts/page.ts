/**
 * The only search code a page runs before the reader reaches for the search: it waits for the
 * search box to get focus (or for `/`, Ctrl+K, ⌘+K) and only then loads the search itself,
 * whose code, WebAssembly and index arrive on that first use. On a page opened from a search
 * result it loads the highlighter that marks the search words.
 */
import { highlight, siteSearch } from 'virtual:search-ui';
import { HIGHLIGHT_PARAM, isSearchShortcut } from './search/settings';

const box = document.querySelector<HTMLInputElement>('site-search input[type="search"]');

if (box) {
  box.addEventListener('focus', () => void import(/* @vite-ignore */ siteSearch), { once: true });
  document.addEventListener('keydown', (event) => {
    if (!isSearchShortcut(event)) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
}

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) void import(/* @vite-ignore */ highlight);
