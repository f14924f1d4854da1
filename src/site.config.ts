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

/**
 * Who runs the site and what the legal pages say about it (Impressum, Datenschutz,
 * Barrierefreiheit). Some details are needed only for a choice below (`choices`): a detail that
 * no choice needs stays a placeholder, and the build fails if it is filled in anyway, so nothing
 * the operator wrote is silently left off a page.
 */
export const operator: {
  name: Setting;
  street: Setting;
  city: Setting;
  email: Setting;
  /**
   * The person responsible for the content under § 18 Abs. 2 MStV (a website with journalistic
   * and editorial content names one, with name and address): a natural person.
   */
  responsible: Setting;
  responsibleStreet: Setting;
  responsibleCity: Setting;
  /**
   * Only if `choices.body` is a public body: the national norm that, with Art. 6 Abs. 1 lit. e
   * DS-GVO, allows the server logs (e.g. „§ 3 BDSG“ for a federal body, the general clause of
   * the Land's data-protection act for a Land's body).
   */
  legalNorm: Setting;
  /** Only if `choices.dataProtectionOfficer` is `'designated'`: name and how to reach them. */
  dataProtectionOfficer: Setting;
  /**
   * The hosting provider (name and address). It answers every request and processes the log
   * data on the operator's behalf (a processor under Art. 28 DS-GVO, with a contract to match).
   */
  hosting: Setting;
  /** Only if `choices.server` is `'cdn'`: what the host's server logs record, as the host documents it. */
  hostLogs: Setting;
  /** Only if `choices.transfer` is not `'none'`: the country outside the EEA where the data are processed. */
  transferCountry: Setting;
  /**
   * Only if `choices.transfer` is not `'none'`: the adequacy decision (e.g. „Durchführungsbeschluss
   * (EU) 2023/1795“) or the standard contractual clauses the transfer rests on.
   */
  transferSafeguard: Setting;
  /** How long the server logs are kept, for the privacy page. */
  logRetention: Setting;
  /** The data-protection supervisory authority responsible for the operator. */
  authority: Setting;
  /**
   * „Stand“ of the privacy notice, as YYYY-MM-DD: the day the operator last checked that the
   * page, with these settings, describes the site as it runs. A setting, not front matter: the
   * notice speaks for the operator, and it changes with the settings (another host, another
   * retention) as much as with its prose.
   */
  privacyNoticeDate: Setting;
  /**
   * Public bodies only: the accessibility rules of the Land (law and regulation) a Land's body
   * must meet; a federal body meets the BITV 2.0, which the page names itself.
   */
  accessibilityLaw: Setting;
  /** Public bodies only, if not fully accessible: what is not accessible, where, and why. */
  accessibilityBarriers: Setting;
  /** Public bodies only: the day the accessibility statement was made or last reviewed, as YYYY-MM-DD. */
  accessibilityReviewed: Setting;
  /**
   * Public bodies only: how to reach the body that runs the enforcement procedure: for a
   * federal body the Schlichtungsstelle nach § 16 BGG, for a Land's body the one the Land names.
   */
  accessibilityEnforcement: Setting;
} = {
  name: PLACEHOLDER('Name des Betreibers'),
  street: PLACEHOLDER('Straße und Hausnummer'),
  city: PLACEHOLDER('Postleitzahl und Ort'),
  email: PLACEHOLDER('E-Mail-Adresse'),
  responsible: PLACEHOLDER('Name der oder des Verantwortlichen'),
  responsibleStreet: PLACEHOLDER('Straße und Hausnummer der oder des Verantwortlichen'),
  responsibleCity: PLACEHOLDER('Postleitzahl und Ort der oder des Verantwortlichen'),
  legalNorm: PLACEHOLDER('Rechtsvorschrift des Bundes oder Landes, z.\u00a0B. §\u00a03 BDSG'),
  dataProtectionOfficer: PLACEHOLDER('Name und Kontaktdaten des Datenschutzbeauftragten'),
  hosting: PLACEHOLDER('Hosting-Anbieter mit Anschrift'),
  hostLogs: PLACEHOLDER('Angaben, die der Hosting-Anbieter in seinen Server-Protokollen speichert'),
  transferCountry: PLACEHOLDER('Land außerhalb des EWR'),
  transferSafeguard: PLACEHOLDER('Angemessenheitsbeschluss oder Standardvertragsklauseln, genau bezeichnet'),
  logRetention: PLACEHOLDER('Speicherdauer der Server-Protokolle'),
  authority: PLACEHOLDER('für den Betreiber zuständige Datenschutz-Aufsichtsbehörde'),
  privacyNoticeDate: PLACEHOLDER('Datum (JJJJ-MM-TT)'),
  accessibilityLaw: PLACEHOLDER('Barrierefreiheitsvorschriften des Landes'),
  accessibilityBarriers: PLACEHOLDER('nicht barrierefreie Inhalte, wo sie stehen und warum'),
  accessibilityReviewed: PLACEHOLDER('Datum (JJJJ-MM-TT)'),
  accessibilityEnforcement: PLACEHOLDER('Anschrift oder Internetadresse der Stelle für das Durchsetzungsverfahren'),
};

/** One of a setting's options, or a placeholder until the operator chooses. */
export type Choice<Option extends string> = Option | Placeholder;

/**
 * The operator's choices. Each selects which text the legal pages show; the text for every
 * option is written out there. Until a choice is made, the pages show all of its options,
 * each visibly marked with the option it belongs to.
 */
export const choices: {
  /**
   * What kind of body runs the site: a public body of the Federation (`'federal'`) or of a Land
   * (`'state'`), or a non-public body (`'non-public'`: a company, association or private person).
   * It selects the legal basis of the server logs (Art. 6 Abs. 1 lit. e or lit. f DS-GVO),
   * whether a data-protection officer must be named, and what the accessibility statement says.
   */
  body: Choice<'federal' | 'state' | 'non-public'>;
  /**
   * `'designated'` (fill in `operator.dataProtectionOfficer`) or `'none'`. A public body must
   * designate one (Art. 37 Abs. 1 lit. a DS-GVO): the build refuses `'none'` for it.
   */
  dataProtectionOfficer: Choice<'designated' | 'none'>;
  /**
   * How the site is served: `'nginx'`, with deploy/nginx.conf (the page lists exactly what its
   * log format records), or `'cdn'`, a platform such as Netlify or Cloudflare Pages that reads
   * dist/_headers and keeps logs of its own (fill in `operator.hostLogs`).
   */
  server: Choice<'nginx' | 'cdn'>;
  /**
   * Whether the log data leave the European Economic Area (Art. 13 Abs. 1 lit. f DS-GVO):
   * `'none'`, or a transfer resting on an adequacy decision (`'adequacy'`) or on standard
   * contractual clauses (`'scc'`); for both fill in `operator.transferCountry` and
   * `operator.transferSafeguard`. Platforms with servers worldwide may process outside the EEA.
   */
  transfer: Choice<'none' | 'adequacy' | 'scc'>;
  /**
   * Public bodies only: how far the site meets the accessibility rules that apply to the body:
   * `'full'`, `'partial'` or `'none'` (for the last two fill in `operator.accessibilityBarriers`).
   */
  accessibility: Choice<'full' | 'partial' | 'none'>;
} = {
  body: PLACEHOLDER('Art des Betreibers'),
  dataProtectionOfficer: PLACEHOLDER('Datenschutzbeauftragter'),
  server: PLACEHOLDER('Auslieferung der Website'),
  transfer: PLACEHOLDER('Übermittlung in Drittländer'),
  accessibility: PLACEHOLDER('Stand der Vereinbarkeit'),
};

export type Operator = typeof operator;
export type Choices = typeof choices;

/**
 * The licence of the open data files under /daten/ (JSON and CSV), as the operator grants
 * it: the name and the address of the licence text. The /daten/ page and the JSON file show
 * exactly this.
 */
export const dataLicence: { name: Setting; url: Setting } = {
  name: PLACEHOLDER('Lizenz der Datendateien (Name, etwa CC BY 4.0)'),
  url: PLACEHOLDER('Adresse des Lizenztexts'),
};
