/**
 * Turns hits into elements: the page's title, an excerpt with the matched words marked, and
 * links to the matching sections. Everything is built from text nodes; no text from the
 * index or from the query is ever parsed as markup on the page.
 */
import { searchStrings as t } from '../../strings';
import { SearchUnavailable, type Hit, type Outcome } from './pagefind';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

function link(href: string, className: string, text: string) {
  const node = element('a', className, text);
  node.href = href;
  return node;
}

/**
 * Pagefind's excerpts are escaped text with `<mark>` around the matches. They are parsed in an
 * inert document (nothing in it loads or runs) and rebuilt from plain text and `<mark>` only,
 * so even a tampered index could not put markup on the page.
 */
export function excerpt(html: string): DocumentFragment {
  const parsed = new DOMParser().parseFromString(html, 'text/html').body;
  const fragment = document.createDocumentFragment();
  for (const node of parsed.childNodes) {
    if (node.nodeName === 'MARK') fragment.append(element('mark', '', node.textContent ?? ''));
    else fragment.append(node.textContent ?? '');
  }
  return fragment;
}

/** Finds a required part of a search element's markup; a missing part is a bug in the page. */
export function part<T extends Element>(root: Element, selector: string, type: new () => T): T {
  const found = root.querySelector(selector);
  if (!(found instanceof type)) throw new Error(`search: ${root.localName} has no ${type.name} ${selector}`);
  return found;
}

/** After the results: where to go on from here (all results, or the A–Z list when none). */
export interface MoreLink {
  href: string;
  text: string;
}

/** Results fetched only when the reader comes to the end of those shown. */
export interface Later {
  outcome: Pick<Outcome, 'remaining' | 'more'>;
  /** How many to fetch each time. */
  batch: number;
  /** The element the list scrolls in; null for the window. */
  root: Element | null;
}

function resultItem(hit: Hit, answers: boolean) {
  const item = element('li', 'search-result');
  if (hit.kind) item.append(element('p', 'search-kind', hit.kind));
  item.append(link(hit.url, 'search-title', hit.title));
  if (answers && hit.answer) {
    item.append(element('p', 'search-answer', element('span', 'search-answer-label', t.answerLabel), ' ', hit.answer));
  }
  item.append(element('p', 'search-excerpt', excerpt(hit.excerpt)));
  if (hit.sections.length > 0) {
    const sections = element('ul', 'search-sections');
    sections.setAttribute('aria-label', t.sectionsLabel(hit.title));
    for (const section of hit.sections) {
      sections.append(
        element(
          'li',
          '',
          link(section.url, 'search-section', section.title),
          element('p', 'search-excerpt', excerpt(section.excerpt)),
        ),
      );
    }
    item.append(sections);
  }
  return item;
}

/** Adds the next results to `list` whenever its last result comes into view. */
function continueOnView(list: HTMLElement, answers: boolean, later: Later) {
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      later.outcome.more(later.batch).then(
        (hits) => {
          // Replaced by a newer search meanwhile.
          if (!list.isConnected) return;
          list.append(...hits.map((hit) => resultItem(hit, answers)));
          watchEnd();
        },
        () => undefined, // the results shown stay; the next scroll does not retry
      );
    },
    { root: later.root },
  );
  const watchEnd = () => {
    if (later.outcome.remaining() > 0 && list.lastElementChild) observer.observe(list.lastElementChild);
  };
  watchEnd();
}

/** Replaces the content of `container` with a list of hits. */
export function renderHits(
  container: HTMLElement,
  hits: readonly Hit[],
  options: { answers: boolean; more?: MoreLink; later?: Later },
) {
  const list = element('ol', 'search-results');
  list.setAttribute('aria-label', t.resultsLabel);
  list.append(...hits.map((hit) => resultItem(hit, options.answers)));
  container.replaceChildren(...(hits.length > 0 ? [list] : []));
  if (options.more) container.append(element('p', 'search-more', link(options.more.href, '', options.more.text)));
  if (options.later) continueOnView(list, options.answers, options.later);
}

/** What to tell the reader when the search could not run. */
export function failureMessage(error: unknown): string {
  // In `npm run dev` the bundle comes from the last build; without one it cannot load.
  return error instanceof SearchUnavailable && import.meta.env.DEV ? t.devWithoutIndex : t.failed;
}

/** Tells the benchmark that results are on screen: it times the search by this event. */
export function announceRendered(target: HTMLElement, query: string, total: number) {
  target.dispatchEvent(new CustomEvent('search-rendered', { bubbles: true, detail: { query, total } }));
}
