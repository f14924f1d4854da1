/**
 * `<site-search>`: the search box in the header, once the reader has reached for it. Results
 * appear under the box while typing; ↓/↑ move through them, Enter opens one, Esc closes the
 * list. The box stays a plain form: Enter in the box itself opens the search page.
 * Loaded by the search loader when the box first gets focus.
 */
import { searchStrings as t } from '../../strings';
import { arrowKeysThroughResults } from './keyboard';
import { find, prepare } from './pagefind';
import { announceRendered, failureMessage, part, renderHits } from './render';
import { CLAIMS_PATH, searchPath } from '../../routes';
import { HEADER_RESULTS, RESULTS_AT_ONCE } from '../../search-settings';
import resultsStylesheet from '../../styles/search.css?url';

/**
 * The results' stylesheet comes with this code, not with every page: a page whose reader never
 * searches carries no styles for results. Results wait for it, so they never show unstyled.
 */
function loadResultsStyles(): Promise<unknown> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = resultsStylesheet;
  const loaded = new Promise((resolve) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', resolve, { once: true });
  });
  document.head.append(link);
  return loaded;
}
const resultsStyled = loadResultsStyles();

class SiteSearch extends HTMLElement {
  #box!: HTMLInputElement;
  #panel!: HTMLElement;
  #status!: HTMLElement;
  #results!: HTMLElement;
  #ready = false;
  /** The query whose results should be on screen; older answers are dropped. */
  #latest = '';
  /** Set while Esc hands focus back to the box, which must not reopen the list. */
  #closing = false;

  connectedCallback() {
    this.#box = part(this, 'input[type="search"]', HTMLInputElement);
    this.#panel = part(this, '[data-search-panel]', HTMLElement);
    this.#status = part(this, '[data-search-status]', HTMLElement);
    this.#results = part(this, '[data-search-results]', HTMLElement);

    this.#box.addEventListener('input', () => void this.#update());
    this.#box.addEventListener('focus', () => {
      if (!this.#closing) void this.#update();
    });
    this.addEventListener('focusout', (event) => {
      if (!this.contains(event.relatedTarget as Node | null)) this.#close();
    });
    this.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !this.#isOpen()) return;
      // Without this, Chrome would also empty the box.
      event.preventDefault();
      this.#close();
      this.#closing = true;
      this.#box.focus();
      this.#closing = false;
    });
    arrowKeysThroughResults(this, this.#box, this.#results);

    // The reader is about to type: fetch the search code, WebAssembly and index now.
    prepare().then(
      () => (this.#ready = true),
      () => undefined, // reported when a search runs
    );
    void this.#update();
  }

  #isOpen() {
    return this.hasAttribute('data-open');
  }

  #close() {
    this.#latest = '';
    this.removeAttribute('data-open');
    this.#results.replaceChildren();
    this.#status.textContent = '';
  }

  async #update() {
    const query = this.#box.value.trim();
    if (query === '') {
      this.#close();
      return;
    }
    if (query === this.#latest && this.#isOpen()) return;
    this.#latest = query;
    this.setAttribute('data-open', '');
    if (!this.#ready) this.#status.textContent = t.loading;

    try {
      const outcome = await find(query, {
        first: RESULTS_AT_ONCE.header,
        limit: HEADER_RESULTS,
        current: () => query === this.#latest,
      });
      if (!outcome || query !== this.#latest) return;
      await resultsStyled;
      if (query !== this.#latest) return;
      const more =
        outcome.total > 0
          ? { href: searchPath(query), text: t.allResults(query) }
          : { href: CLAIMS_PATH, text: t.allClaims };
      renderHits(this.#results, outcome.hits, {
        answers: false,
        more,
        later: { outcome, batch: HEADER_RESULTS, root: this.#panel },
      });
      this.#status.textContent = outcome.total > 0 ? t.results(outcome.total, query) : t.noResults(query);
      this.#panel.scrollTop = 0;
      announceRendered(this, query, outcome.total);
    } catch (error) {
      if (query !== this.#latest) return;
      this.#results.replaceChildren();
      this.#status.textContent = failureMessage(error);
    }
  }
}

customElements.define('site-search', SiteSearch);
