/**
 * The shapes of the content model: what the content check hands over (`ModelInput`) and what
 * the queries return (claims, quotations, sources, reports, events, glossary entries, versions).
 * Types only; the schemas of `src/schemas/` define the entries as written.
 */
import type { ClaimData } from '../schemas/claim';
import type {
  Person,
  Quote,
  RegisterEntry,
  RegisterName,
  Report,
  Source,
  Term,
  TimelineEvent,
} from '../schemas/registers';
import type { VersionData } from '../schemas/versions';

/** A claim file as loaded: its slug, where it lives, its frontmatter and its MDX body. */
export interface ClaimInput {
  id: string;
  filePath: string;
  data: ClaimData;
  body: string;
}

/** A page's register of versions as loaded: its file and its versions, oldest first. */
export interface VersionRegister {
  filePath: string;
  versions: readonly VersionData[];
}

/** Each register's entries by key, as their schemas give them. */
export type RegisterEntries = { readonly [Name in RegisterName]: Readonly<Record<string, RegisterEntry<Name>>> };

/**
 * Checked content: the claims, each register (a content folder without a glossary, reports or
 * checks has no entries there) and each page's versions (`content/fassungen/`), by the page's
 * address.
 */
export interface ModelInput extends RegisterEntries {
  claims: readonly ClaimInput[];
  versions: Readonly<Record<string, VersionRegister>>;
  /** Paths of the claims folder and the register files, for error messages. */
  files: Readonly<Record<RegisterName | 'claims', string>>;
}

export interface ResolvedSource extends Source {
  id: string;
  /** What links to it say: its title in „…“, else its label, else its publisher (see `sourceName`). */
  name: string;
}

/**
 * How a report's words stand to a quotation of the register: the same words (`wortgleich`), some
 * of them word for word with the rest left out (`auszug`), or other wording (`abweichend`).
 */
export type WordsMatch = 'wortgleich' | 'auszug' | 'abweichend';

/** Microsoft's words as one report prints them. */
export interface ReportWords {
  text: string;
  /** The quotation of the register they reproduce, if any. */
  of: string | undefined;
  place: string | undefined;
  /** How they stand to that quotation. */
  match: WordsMatch | undefined;
}

/** A report that quotes the statement. */
export interface ResolvedReport extends Omit<Report, 'source' | 'words'> {
  id: string;
  source: ResolvedSource;
  words: ReportWords[];
}

/** Another report that prints a quotation, and how. */
export interface AlsoPrintedIn {
  report: ResolvedReport;
  words: ReportWords;
}

export interface ResolvedQuote {
  id: string;
  kind: Quote['kind'];
  text: string;
  speaker: Person | undefined;
  source: ResolvedSource;
  /** The element id every page gives this quotation: stable across edits to the page. */
  anchor: string;
  /** Other reports that print these words too, in full, in part or in other wording. */
  alsoIn: AlsoPrintedIn[];
}

/** A timeline event with its sources resolved. */
export interface ResolvedEvent extends Omit<TimelineEvent, 'sources'> {
  id: string;
  sources: ResolvedSource[];
  /** The event in one line, as its heading and search results name it: its date and its title. */
  heading: string;
}

/** A glossary entry with its sources and claims resolved. */
export interface ResolvedTerm extends Omit<Term, 'sources' | 'claims'> {
  id: string;
  /** Its address: the glossary page with the entry's anchor. */
  path: string;
  sources: ResolvedSource[];
  /** The claims where the term matters, in reading order. */
  claims: Claim[];
}

export interface Claim {
  id: string;
  filePath: string;
  data: ClaimData;
  body: string;
  /** Address of the claim's page, with trailing slash. */
  path: string;
  /** The claim as shown: the quoted wording, or the editorial paraphrase. */
  wording: string;
  /** True when `wording` is the source's exact words. */
  verbatim: boolean;
  /** The register entry of a verbatim claim. */
  claimQuote: ResolvedQuote | undefined;
  /** Quotations the MDX body shows, in order of appearance. */
  quotes: ResolvedQuote[];
  /**
   * The reports the page quotes or follows (its quotations' sources and the reports its summaries
   * name), the text basis first: what its „Quelle“ lists.
   */
  reports: ResolvedReport[];
}

/** One published version of a page. */
export interface PageVersion {
  /** Its day, numbered from the second version of a day on: `2026-12-02`, `2026-12-02-2`. */
  id: string;
  date: Date;
  /** What changed against the version before, for readers. */
  note: string;
  /** The page's text in this version, in blocks (see `src/lib/version-text.ts`). */
  text: string;
  /** The version's own address: `<page>fassungen/<id>/`. */
  path: string;
  /** The version before it; undefined for the first. */
  previous: PageVersion | undefined;
  /** The page it is a version of. */
  page: PageHistory;
}

/** A page with every version it has been published in. */
export interface PageHistory {
  /** The page's address. */
  address: string;
  /** Its register file, for messages. */
  filePath: string;
  /** How lists of changes name the page: a claim's wording, otherwise the heading of its latest version. */
  name: string;
  /** The claim whose page this is, if it is one. */
  claim: Claim | undefined;
  /** Every version, oldest first. */
  versions: PageVersion[];
  /** The current version: its date is the page's „Stand“. */
  latest: PageVersion;
}

/** One version of one page, for the list of all changes and the feed. */
export interface PageChange {
  /**
   * Stable id: the entry's anchor on the list of changes and its id in the feed. The page's key
   * (a claim's file name, `start` for the start page, otherwise the address's words joined by
   * hyphens) and the version's id: `diagnosedaten-2026-11-26`.
   */
  id: string;
  version: PageVersion;
}
