/**
 * The site's language, as the labels, the dates and the numbers use it. A module of its own so
 * the strings and the dates modules both import it without importing each other.
 */

/** For `Intl` formatting and sorting. */
export const LOCALE = 'de-DE';

/** For `<html lang>` and the search index. */
export const LANG = 'de';
