/**
 * The Pagefind search API, loaded on first use from the bundle the build writes, and turned
 * into ready-to-show hits. The rest of the search code never talks to Pagefind directly.
 *
 * Pagefind's browser API has no published types; the interfaces below describe the part of
 * it this site uses (Pagefind 1.6: `options`, `init`, `debouncedSearch`, result `data()`).
 */
import { SEARCH_BUNDLE_PATH } from '../../routes';
import { FIELDS } from '../../search-fields';
import { DEBOUNCE_MS, HIGHLIGHT_PARAM, SECTIONS_PER_RESULT } from '../../search-settings';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Missing for the part of the page before its first heading. */
  anchor?: { id: string };
  weighted_locations: { balanced_score: number }[];
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Partial<Record<string, string>>;
  filters: Partial<Record<string, string[]>>;
  sub_results: PagefindSubResult[];
}

interface PagefindSearch {
  results: { data(): Promise<PagefindResultData> }[];
}

type Filters = Record<string, { any: string[] }>;

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** Resolves to null when a later call superseded this one. */
  debouncedSearch(
    term: string | null,
    options?: { filters?: Filters },
    timeout?: number,
  ): Promise<PagefindSearch | null>;
}

/** A matching section of a page: a sub-result that links to the section's heading. */
export interface Section {
  title: string;
  url: string;
  /** HTML from Pagefind: escaped text with the matched words in `<mark>`. */
  excerpt: string;
}

export interface Hit {
  url: string;
  title: string;
  /** What the page is, e.g. „Behauptung, wörtlich zitiert“. */
  kind: string | undefined;
  /** Microsoft's answer in one sentence, for claims. */
  answer: string | undefined;
  /** HTML from Pagefind: escaped text with the matched words in `<mark>`. */
  excerpt: string;
  sections: Section[];
}

export interface Outcome {
  /** All matching pages, also those never shown (the header box shows a few). */
  total: number;
  /** The results shown at first. */
  hits: Hit[];
  /** How many more results can be shown. */
  remaining(): number;
  /** Fetches the next `count` results after those fetched so far. */
  more(count: number): Promise<Hit[]>;
}

/** The bundle could not be loaded (no build yet in dev, offline, blocked). */
export class SearchUnavailable extends Error {
  override name = 'SearchUnavailable';
}

let api: Promise<PagefindApi> | undefined;

function load(): Promise<PagefindApi> {
  api ??= (async () => {
    // A computed address: the bundler must not try to resolve a file the build writes later.
    const url = `${SEARCH_BUNDLE_PATH}pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // Ranking stays Pagefind's default, so the site ranks exactly as any other consumer of the
    // index (`pagefind.search()`) does; what readers mean is in the index itself.
    await pagefind.options({
      // One copy of Pagefind's code: without this it also fetches its worker, a second copy.
      noWorker: true,
      highlightParam: HIGHLIGHT_PARAM,
      excerptLength: 24,
      excerptEllipsis: '…',
    });
    await pagefind.init();
    return pagefind;
  })().catch((error: unknown) => {
    api = undefined;
    throw new SearchUnavailable(error instanceof Error ? error.message : String(error));
  });
  return api;
}

/** Starts loading the search code, WebAssembly and index metadata. */
export async function prepare(): Promise<void> {
  await load();
}

const score = (section: PagefindSubResult) =>
  section.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);

function toHit(data: PagefindResultData): Hit {
  const sections = data.sub_results
    .filter((section) => section.anchor !== undefined)
    .sort((a, b) => score(b) - score(a))
    .slice(0, SECTIONS_PER_RESULT)
    .map(({ title, url, excerpt }) => ({ title, url, excerpt }));
  return {
    url: data.url,
    title: data.filters[FIELDS.heading]?.[0] ?? data.meta.title ?? data.url,
    kind: data.filters[FIELDS.kind]?.[0] ?? data.filters[FIELDS.type]?.[0],
    answer: data.meta[FIELDS.answer],
    excerpt: data.excerpt,
    sections,
  };
}

/**
 * Searches for `query` (optionally only in pages with one of `topics`) after a short pause,
 * and fetches the first `first` results; `limit` caps how many can ever be shown.
 * Resolves to null when a newer search replaced this one before it ran, or before its
 * results' data was fetched (`current` says whether it is still the one wanted).
 *
 * Each result's data (title, excerpt, sections) is a file of its own, so only the results a
 * reader sees are fetched: the rest when asked for (`more`), none for a query the reader has
 * already typed past.
 */
export async function find(
  query: string,
  {
    topics = [],
    first,
    limit = Infinity,
    current,
  }: { topics?: readonly string[]; first: number; limit?: number; current?: () => boolean },
): Promise<Outcome | null> {
  const pagefind = await load();
  const filters: Filters = topics.length > 0 ? { [FIELDS.topic]: { any: [...topics] } } : {};
  const search = await pagefind.debouncedSearch(query === '' ? null : query, { filters }, DEBOUNCE_MS);
  if (!search || current?.() === false) return null;
  const results = search.results.slice(0, limit);
  let fetched = 0;
  const more = (count: number) => {
    const next = results.slice(fetched, fetched + count);
    fetched += next.length;
    return Promise.all(next.map(async (result) => toHit(await result.data())));
  };
  const hits = await more(first);
  return { total: search.results.length, hits, remaining: () => results.length - fetched, more };
}
