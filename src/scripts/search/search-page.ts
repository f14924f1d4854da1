/**
 * `<search-page>`: the search page `/suche/`. It runs the query in the address on load
 * (`?q=…`, topics as `&thema=…`), searches as the reader types or picks topics, and keeps the
 * address in step so it can be copied and shared. Without JavaScript the page lists every
 * claim A–Z instead; that list comes back when nothing is searched or nothing is found.
 */
import { searchStrings as t } from '../../strings';
import { arrowKeysThroughResults } from './keyboard';
import { find, prepare } from './pagefind';
import { announceRendered, failureMessage, part, renderHits } from './render';
import { QUERY_PARAM, TOPIC_PARAM } from '../../routes';
import { RESULTS_AT_ONCE } from '../../search-settings';

class SearchPage extends HTMLElement {
  #box!: HTMLInputElement;
  #topics: HTMLInputElement[] = [];
  #status!: HTMLElement;
  #results!: HTMLElement;
  #browse!: HTMLElement;
  #ready = false;
  /** Identifies the latest search; answers to older ones are dropped. */
  #generation = 0;

  connectedCallback() {
    const form = part(this, 'form', HTMLFormElement);
    this.#box = part(form, 'input[type="search"]', HTMLInputElement);
    this.#topics = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    this.#status = part(this, '[data-search-status]', HTMLElement);
    this.#results = part(this, '[data-search-results]', HTMLElement);
    this.#browse = part(this, '[data-search-browse]', HTMLElement);
    // The topic filters need the script; without it they stay hidden, and the note says so.
    part(form, '[data-search-topics]', HTMLFieldSetElement).hidden = false;
    part(this, '[data-search-no-script]', HTMLElement).hidden = true;

    // The address sets the form when it holds a search; otherwise the code was loaded as the
    // reader reached for the form, which keeps whatever they have typed or ticked meanwhile.
    const params = new URLSearchParams(location.search);
    if (params.has(QUERY_PARAM) || params.has(TOPIC_PARAM)) {
      this.#box.value = params.get(QUERY_PARAM) ?? '';
      const chosen = new Set(params.getAll(TOPIC_PARAM));
      for (const topic of this.#topics) topic.checked = chosen.has(topic.value);
    }

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#update();
    });
    form.addEventListener('input', () => void this.#update());
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.#results.contains(document.activeElement)) this.#box.focus();
    });
    arrowKeysThroughResults(this, this.#box, this.#results);

    // This code loads only for a query in the address or as the reader reaches for the form
    // (a page opened only to browse the A–Z list loads none of it): Pagefind, its WebAssembly
    // and index are needed now.
    prepare().then(
      () => (this.#ready = true),
      () => undefined, // reported when a search runs
    );
    void this.#update();
  }

  /** Puts the query and topics into the address without adding a history entry. */
  #keepAddress(query: string, topics: readonly string[]) {
    const params = new URLSearchParams();
    if (query !== '') params.set(QUERY_PARAM, query);
    for (const topic of topics) params.append(TOPIC_PARAM, topic);
    const search = params.size > 0 ? `?${params}` : '';
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }

  async #update() {
    const generation = ++this.#generation;
    const query = this.#box.value.trim();
    const chosen = this.#topics.filter((topic) => topic.checked);
    this.#keepAddress(
      query,
      chosen.map((topic) => topic.value),
    );

    if (query === '' && chosen.length === 0) {
      this.#results.replaceChildren();
      this.#status.textContent = '';
      this.#browse.hidden = false;
      return;
    }
    if (!this.#ready) this.#status.textContent = t.loading;

    try {
      const outcome = await find(query, {
        topics: chosen.map((topic) => topic.dataset.label ?? topic.value),
        first: RESULTS_AT_ONCE.page,
        current: () => generation === this.#generation,
      });
      if (!outcome || generation !== this.#generation) return;
      renderHits(this.#results, outcome.hits, {
        answers: true,
        later: { outcome, batch: RESULTS_AT_ONCE.page, root: null },
      });
      this.#status.textContent =
        outcome.total === 0
          ? t.noResults(query)
          : query === ''
            ? t.topicResults(outcome.total)
            : t.results(outcome.total, query);
      this.#browse.hidden = outcome.total > 0;
      announceRendered(this, query, outcome.total);
    } catch (error) {
      if (generation !== this.#generation) return;
      this.#results.replaceChildren();
      this.#status.textContent = failureMessage(error);
      this.#browse.hidden = false;
    }
  }
}

customElements.define('search-page', SearchPage);
