/**
 * Site settings: the public address, the site's name and the operator's details.
 *
 * This is the one file an operator edits before publishing. Values in `PLACEHOLDER(…)`
 * are not real yet; pages show them visibly marked so an unfinished Impressum is
 * never mistaken for a finished one.
 */

/** Marks a value the operator still has to fill in. */
export interface Placeholder {
  readonly placeholder: true;
  readonly label: string;
}

const PLACEHOLDER = (label: string): Placeholder => ({ placeholder: true, label });

export type Setting = string | Placeholder;

export const isPlaceholder = (value: Setting): value is Placeholder => typeof value !== 'string';

/**
 * The address the site is published under. Canonical URLs, the sitemap and shared links
 * are built from it. Set `SITE_URL` at build time; the default is a reserved
 * example domain so nothing ever points at somebody else's site by accident.
 */
export const DEFAULT_SITE_URL = 'https://ms365-stellungnahme.example/';

/** Normalises a site URL to its origin with a trailing slash; rejects other schemes and sub-paths. */
export function normaliseSiteUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL "${value}" is not a valid URL (expected e.g. https://example.org/).`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL "${value}" must use https:// (or http:// for local tests).`);
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    throw new Error(
      `SITE_URL "${value}" must be an origin such as https://example.org/ (the site is served from the root).`,
    );
  }
  return url.href;
}

export const SITE_URL = normaliseSiteUrl(process.env.SITE_URL ?? DEFAULT_SITE_URL);

/** The absolute address of a path on this site, built from the one site setting. */
export const absoluteUrl = (pathname: string): string => new URL(pathname, SITE_URL).href;

export const site = {
  /**
   * Shown in the header, the title of every page, the feed, the data set and previews. It says
   * what the site is, a documentation of the statement, before anything else: beside a claim in a
   * search result or a shared link („„Die Cloud ist unsicher.“ – Dokumentation: …“) it must never
   * read as Microsoft's own publication.
   */
  name: 'Dokumentation: Die Stellungnahme von Microsoft Deutschland zu Microsoft 365 und Teams',
  url: SITE_URL,
} as const;

/** Who runs the site: Impressum and Datenschutz need these details. */
export const operator: {
  name: Setting;
  street: Setting;
  city: Setting;
  email: Setting;
  /** Person responsible for the content. */
  responsible: Setting;
  /** Hosting provider (name and address): it receives every request, for the privacy page. */
  hosting: Setting;
  /** How long the server logs are kept, for the privacy page. */
  logRetention: Setting;
  /** The legal basis of the server logs (an article of the GDPR), for the privacy page. */
  legalBasis: Setting;
  /** The data-protection supervisory authority responsible for the operator. */
  authority: Setting;
} = {
  name: PLACEHOLDER('Name des Betreibers'),
  street: PLACEHOLDER('Straße und Hausnummer'),
  city: PLACEHOLDER('Postleitzahl und Ort'),
  email: PLACEHOLDER('E-Mail-Adresse'),
  responsible: PLACEHOLDER('Verantwortlich für den Inhalt'),
  hosting: PLACEHOLDER('Hosting-Anbieter mit Anschrift'),
  logRetention: PLACEHOLDER('Speicherdauer der Server-Protokolle'),
  legalBasis: PLACEHOLDER('Rechtsgrundlage der Server-Protokolle nach Art.\u00a06 DS-GVO'),
  authority: PLACEHOLDER('für den Betreiber zuständige Datenschutz-Aufsichtsbehörde'),
};

/**
 * The licence of the open data files under /daten/ (JSON and CSV), as the operator grants
 * it: the name and the address of the licence text. The /daten/ page and the JSON file show
 * exactly this.
 */
export const dataLicence: { name: Setting; url: Setting } = {
  name: PLACEHOLDER('Lizenz der Datendateien (Name, etwa CC BY 4.0)'),
  url: PLACEHOLDER('Adresse des Lizenztexts'),
};
