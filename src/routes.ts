/**
 * Every address of the site, and the anchors other pages link to: pages, components,
 * integrations and the browser code take them from here, so an address is written once.
 *
 * A published address never changes (`content/adressen.yaml` lists each, and the build fails
 * when one stops answering); a page that moves keeps its old address as a redirect there.
 *
 * Free of imports and of anything but strings: the script every page runs takes its part of
 * it into its one file.
 */

/** The start page. */
export const HOME_PATH = '/';

/** Where the claim pages live, and the list of all of them (A–Z); a claim's address is this and its file name. */
export const CLAIMS_PATH = '/behauptungen/';

/** Where a claim's page lives. */
export const claimPath = (id: string): string => `${CLAIMS_PATH}${id}/`;

/** Where a claim page's preview image (for messengers and social networks) lives. */
export const claimPreviewPath = (id: string): string => `/vorschau${CLAIMS_PATH}${id}.png`;

/** The preview image of every page that is not a claim page. */
export const SITE_PREVIEW_PATH = '/vorschau/website.png';

/** Every claim in one table. */
export const OVERVIEW_PATH = '/auf-einen-blick/';

/** The statement's parts, in the report's order. */
export const STATEMENT_PATH = '/stellungnahme/';

/** The Einordnung: the timeline of events before and after the statement. */
export const CONTEXT_PATH = '/einordnung/';

/** The element id of a timeline event on the Einordnung, its permanent anchor there. */
export const eventAnchor = (id: string): string => `ereignis-${id}`;

/** Where a timeline event lives: the Einordnung with the event's anchor. */
export const eventPath = (id: string): string => `${CONTEXT_PATH}#${eventAnchor(id)}`;

/** The glossary page. */
export const GLOSSARY_PATH = '/begriffe/';

/** Where a glossary entry lives: its key is its permanent anchor on the glossary page. */
export const termPath = (id: string): string => `${GLOSSARY_PATH}#${id}`;

/** What element ids of quotations start with. */
export const QUOTE_ANCHOR_PREFIX = 'zitat-';

/** The element id of a quotation on every page that shows it. */
export const quoteAnchor = (id: string): string => `${QUOTE_ANCHOR_PREFIX}${id}`;

/** Every report that quotes the statement. */
export const REPORTS_PATH = '/berichte/';

/**
 * The prose pages (`content/seiten/`, each at `/<file name>/`) that other pages link to: the
 * file names are these addresses' words.
 */
export const SOURCES_PATH = '/quellen/';
export const IMPRINT_PATH = '/impressum/';
export const PRIVACY_PATH = '/datenschutz/';
export const ACCESSIBILITY_PATH = '/barrierefreiheit/';

/** The list of every change, and its feed. */
export const CHANGES_PATH = '/aenderungen/';
export const CHANGES_FEED_PATH = '/aenderungen.xml';

/**
 * A page's part of the ids on the list of changes: a claim page's file name, as the list has
 * always named claims (also after the claim moved: the ids of its versions stay), `start` for
 * the start page, otherwise the address's words joined by hyphens.
 */
export function changeKey(address: string): string {
  if (address === HOME_PATH) return 'start';
  const words = address.slice(1, -1).split('/');
  return address.startsWith(CLAIMS_PATH) && words.length === 2 ? (words[1] ?? '') : words.join('-');
}

/** The id of one version on the list of changes (its anchor there) and in the feed: `diagnosedaten-2026-11-26`. */
export const changeId = (address: string, versionId: string): string => `${changeKey(address)}-${versionId}`;

/** The folder segment of every version's address: `/einordnung/fassungen/2026-12-02/`. */
export const VERSION_SEGMENT = 'fassungen';

/** A version's id: its day, and from the second version of that day on, `-2`, `-3` … */
const VERSION_ID = /^\d{4}-\d{2}-\d{2}(?:-[2-9]|-[1-9]\d+)?$/;

/** The address of one version of a page. */
export const versionPath = (address: string, id: string): string => `${address}${VERSION_SEGMENT}/${id}/`;

/** Whether an address is a version's (those pages are no pages of their own: not indexed, not in the sitemap). */
export function isVersionPath(pathname: string): boolean {
  const parts = pathname.split('/');
  return parts.at(-3) === VERSION_SEGMENT && VERSION_ID.test(parts.at(-2) ?? '') && parts.at(-1) === '';
}

/** The open data: its page and its files. */
export const OPEN_DATA_PATHS = {
  page: '/daten/',
  json: '/daten/behauptungen.json',
  csv: '/daten/behauptungen.csv',
  schema: '/daten/behauptungen.schema.json',
} as const;

/** Where `robots.txt` and readers find the sitemap (a copy of the index Astro's integration writes). */
export const SITEMAP_PATH = '/sitemap.xml';

/** The search page; it works without script as a form that submits here. */
export const SEARCH_PATH = '/suche/';

/** The search page's parameter for the search words. */
export const QUERY_PARAM = 'q';

/** The search page's parameter for the topic filters (topic ids, one parameter per topic). */
export const TOPIC_PARAM = 'thema';

/** The address of the search page for a query. */
export const searchPath = (query: string): string => `${SEARCH_PATH}?${new URLSearchParams({ [QUERY_PARAM]: query })}`;

/** Where the search index and Pagefind's code are served; the search step writes them there after each build. */
export const SEARCH_BUNDLE_PATH = '/pagefind/';
