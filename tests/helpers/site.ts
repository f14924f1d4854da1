/**
 * Facts about the published site that tests on every level share: the claim addresses that
 * must never change and the addresses of the statement and of the report it is quoted from.
 */

/** The published claim and topic addresses, in the statement's reading order; they must never change. */
export const CLAIM_PAGES = [
  '/behauptungen/nicht-datenschutzkonform/',
  '/behauptungen/datentransfer-drittstaaten/',
  '/behauptungen/cloud-ist-unsicher/',
  '/behauptungen/us-regierung-liest-mit/',
  '/behauptungen/microsoft-ueberwacht-nutzer/',
  '/behauptungen/diagnosedaten/',
] as const;

/** Microsoft Deutschland's statement. */
export const STATEMENT_URL =
  'https://news.microsoft.com/de-de/sind-microsoft-365-und-microsoft-teams-datenschutzkonform-die-antwort-lautet-ja/';

/** The trade-press article whose excerpts the site quotes. */
export const REPORT_URL =
  'https://www.einfachdigitallernen.de/schultraeger/microsoft-stellt-klar-unsere-produkte-und-dienste-sind-datenschutzkonform/';
