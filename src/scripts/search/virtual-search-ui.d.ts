/** Addresses of the search code loaded on first use, provided by the search integration. */
declare module 'virtual:search-ui' {
  /** The header search box's results (`<site-search>`). */
  export const siteSearch: string;
  /** Marks the search words on a page opened from a result. */
  export const highlight: string;
}
