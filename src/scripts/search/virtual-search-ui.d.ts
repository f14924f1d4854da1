/** Addresses of the code loaded on first use, provided by the search integration. */
declare module 'virtual:search-ui' {
  /** The header search box's results (`<site-search>`). */
  export const siteSearch: string;
  /** The search page (`<search-page>`). */
  export const searchPage: string;
  /** Marks the search words on a page opened from a result. */
  export const highlight: string;
  /** Copies a passage's address or a citation (`copy`). */
  export const copyLink: string;
}
