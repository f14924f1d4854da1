/**
 * The site's content model: every query, ordering and cross-reference in one place.
 *
 * `buildModel()` takes the collections once their schemas have passed (`checkContent()`
 * runs both, in the build and in the tests), checks everything a schema alone cannot
 * (references between files, duplicates, quotations used in MDX) and returns the queries
 * pages use. A broken reference throws a `ContentError` that names the file and the
 * field, so the build fails with a message an author can act on.
 */
import type { ClaimData } from '../schemas/claim';
import type { Check, Person, Quote, Report, Source, Term, TimelineEvent } from '../schemas/registers';
import type { VersionData } from '../schemas/versions';
import { formatPartialDate, LOCALE, quoted, titled, ui } from '../strings';
import { changeKey, changeId, claimPath, HOME_PATH, quoteAnchor, termPath, versionPath } from '../routes';
import { versionIds } from './versions';

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

export interface ModelInput {
  claims: readonly ClaimInput[];
  quotes: Readonly<Record<string, Quote>>;
  people: Readonly<Record<string, Person>>;
  sources: Readonly<Record<string, Source>>;
  events: Readonly<Record<string, TimelineEvent>>;
  /** The glossary („Begriffe“); a content folder without one has no glossary entries. */
  terms: Readonly<Record<string, Term>>;
  /** The reports that quote the statement, the text basis among them. */
  reports: Readonly<Record<string, Report>>;
  /** When parts of the site were last checked against their sources. */
  checks: Readonly<Record<string, Check>>;
  /** Each page's versions (`content/fassungen/`), by the page's address. */
  versions: Readonly<Record<string, VersionRegister>>;
  /** Paths of the claims folder and the register files, for error messages. */
  files: {
    claims: string;
    quotes: string;
    people: string;
    sources: string;
    events: string;
    terms: string;
    reports: string;
    checks: string;
  };
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

export class ContentError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The content has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

/**
 * How many of the newest changes the feed carries. A feed reader keeps the items it has seen and
 * asks again and again, so it needs what is new since its last visit, not the whole history:
 * that stays on the list of changes, which grows with every claim.
 */
export const FEED_LENGTH = 20;

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

/**
 * How many claims the start page lists, the first in reading order. The start page is where most
 * readers who do not arrive by a shared link begin, and it stays one short page however many
 * claims the site has; every claim is on the pages it links to (A–Z, in reading order, in one
 * table).
 */
export const HOME_CLAIMS = 10;

/** The name a source goes by in links and lists: its title as a title, else its label, else its publisher. */
export const sourceName = (source: Source): string =>
  source.title !== undefined ? titled(source.title) : (source.label ?? source.publisher);

/** Marks that stand for words a report left out of a quotation. */
const OMISSION = /\s*(?:…|\(\.\.\.\)|\[…\])\s*/;

/** How a report's words stand to a quotation: the same, a part of it word for word, or other wording. */
export function wordsMatch(words: string, quotation: string): WordsMatch {
  if (words === quotation) return 'wortgleich';
  let from = 0;
  for (const part of words.split(OMISSION).filter((piece) => piece !== '')) {
    const at = quotation.indexOf(part, from);
    if (at < 0) return 'abweichend';
    from = at + part.length;
  }
  return 'auszug';
}

/** Components an MDX body may use with an attribute that points into a register. */
const BODY_REFERENCE =
  /<(Quote|InlineQuote|SourceLink|Summary)\b[^>]*?\b(?:id|report)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})/g;

export type BodyComponent = 'Quote' | 'InlineQuote' | 'SourceLink' | 'Summary';

/**
 * Finds the register references of an MDX body, in order: quotations (`<Quote id>`,
 * `<InlineQuote id>`), sources (`<SourceLink id>`) and the reports a summary follows
 * (`<Summary report>`).
 */
export function bodyReferences(body: string): { component: BodyComponent; id: string }[] {
  return [...body.matchAll(BODY_REFERENCE)].map((match) => ({
    component: match[1] as BodyComponent,
    id: match[2] ?? match[3] ?? match[4] ?? '',
  }));
}

/** The section headings (## to ####) of an MDX body, as written. */
export function bodyHeadings(body: string): string[] {
  return [...body.matchAll(/^#{2,4}[ \t]+(.+?)[ \t]*#*[ \t]*$/gm)].map((match) => match[1] ?? '');
}

/** Whether a body answers anything: text a reader sees, or a quotation (comments and imports do not count). */
function hasAnswer(body: string): boolean {
  const text = body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/^\s*(?:import|export)\s.*$/gm, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .trim();
  return text !== '' || bodyReferences(body).some((reference) => reference.component === 'Quote');
}

/** The quotation that answers the statement's title question; the start page and its preview show it. */
export const ANSWER_QUOTE = 'antwort-eindeutig-ja';

/**
 * Entries the site's own pages name: the statement and the report every claim page cites,
 * and Microsoft's answer on the start page.
 */
export const REQUIRED = {
  sources: ['stellungnahme', 'bericht'],
  quotes: [ANSWER_QUOTE],
  /** The Einordnung shows when it was last checked. */
  checks: ['einordnung'],
} as const;

/** The claim as its page's heading shows it: in „…“ when quoted word for word. */
export const shownWording = (claim: Claim): string => (claim.verbatim ? quoted(claim.wording) : claim.wording);

/** A page other than a claim's, as lists of changes name it: the start page by that name, others by their heading. */
function pageName(address: string, text: string): string {
  if (address === HOME_PATH) return ui.versions.startPage;
  return /^# (.+)$/m.exec(text)?.[1] ?? address;
}

export function buildModel(input: ModelInput) {
  const problems: string[] = [];
  const at = (file: string, field: string, message: string) => problems.push(`${file}: field "${field}" ${message}`);

  // One source, one entry: a second key for the same address would list it twice on /quellen/.
  const keyOfUrl = new Map<string, string>();
  for (const [id, source] of Object.entries(input.sources)) {
    const first = keyOfUrl.get(source.url);
    if (first === undefined) keyOfUrl.set(source.url, id);
    else at(input.files.sources, `${id}.url`, `is the address of "${first}" too; cite that entry instead`);
  }

  // A link's text says where it leads: two sources shown under one name would be two places behind one text.
  const keyOfName = new Map<string, string>();
  for (const [id, source] of Object.entries(input.sources)) {
    const name = sourceName(source);
    const first = keyOfName.get(name);
    if (first === undefined) keyOfName.set(name, id);
    else
      at(
        input.files.sources,
        source.title === undefined ? `${id}.label` : `${id}.title`,
        `makes links read "${name}", as "${first}" does; give one of them a "label" of its own`,
      );
  }

  for (const id of REQUIRED.sources) {
    if (!(id in input.sources))
      problems.push(`${input.files.sources}: the entry "${id}" is missing; the site's pages cite it`);
  }
  if (input.sources.stellungnahme && input.sources.stellungnahme.published === undefined) {
    at(input.files.sources, 'stellungnahme.published', 'is required: every claim page dates the statement');
  }
  for (const id of REQUIRED.quotes) {
    if (!(id in input.quotes))
      problems.push(`${input.files.quotes}: the entry "${id}" is missing; the start page shows it`);
  }
  for (const id of REQUIRED.checks) {
    if (!(id in input.checks))
      problems.push(`${input.files.checks}: the entry "${id}" is missing; the Einordnung shows when it was checked`);
  }

  // Reports: each names a source; the text basis is the report every page cites; words point at quotations.
  const problemsBeforeReports = problems.length;
  const reportOfSource = new Map<string, string>();
  const textBases: string[] = [];
  for (const [id, report] of Object.entries(input.reports)) {
    if (!(report.source in input.sources)) {
      at(input.files.reports, `${id}.source`, `names "${report.source}", which is not in ${input.files.sources}`);
    } else if (reportOfSource.has(report.source)) {
      at(
        input.files.reports,
        `${id}.source`,
        `names "${report.source}", as "${reportOfSource.get(report.source) ?? ''}" does; each report once`,
      );
    }
    reportOfSource.set(report.source, id);
    if (report.textBasis) textBases.push(id);
    report.words.forEach((words, index) => {
      if (words.of !== undefined && !(words.of in input.quotes)) {
        at(
          input.files.reports,
          `${id}.words.${String(index)}.of`,
          `names "${words.of}", which is not in ${input.files.quotes}`,
        );
      }
    });
  }
  if (Object.keys(input.reports).length > 0) {
    if (textBases.length !== 1) {
      problems.push(
        `${input.files.reports}: exactly one report must be the text basis ("textBasis: true"); found ${textBases.length === 0 ? 'none' : textBases.join(', ')}`,
      );
    } else if (input.reports[textBases[0] ?? '']?.source !== 'bericht') {
      at(
        input.files.reports,
        `${textBases[0] ?? ''}.source`,
        'must be "bericht": the text basis is the report every page cites',
      );
    }
  }

  const reportsSound = problems.length === problemsBeforeReports;

  // Registers refer to each other: quotations name a speaker and a source.
  for (const [id, quote] of Object.entries(input.quotes)) {
    if (quote.speaker !== undefined && !(quote.speaker in input.people)) {
      at(input.files.quotes, `${id}.speaker`, `names "${quote.speaker}", which is not in ${input.files.people}`);
    }
    if (!(quote.source in input.sources)) {
      at(input.files.quotes, `${id}.source`, `names "${quote.source}", which is not in ${input.files.sources}`);
      continue;
    }
    // Quotations are checked against the reports only once the reports themselves are sound.
    if (Object.keys(input.reports).length === 0 || !reportsSound) continue;
    const reportId = reportOfSource.get(quote.source);
    const report = reportId === undefined ? undefined : input.reports[reportId];
    if (!report) {
      at(
        input.files.quotes,
        `${id}.source`,
        `names "${quote.source}", which is no report in ${input.files.reports}: quotations come from reports`,
      );
    } else if (!report.textBasis && !report.words.some((words) => words.text.includes(quote.text))) {
      // The text basis is checked against quelltext.txt by the fidelity tests; other reports against their recorded words.
      at(
        input.files.quotes,
        `${id}.text`,
        `is not among the words ${input.files.reports} records for "${reportId ?? ''}"; a quotation after a report must stand there word for word`,
      );
    }
  }

  for (const [id, event] of Object.entries(input.events)) {
    for (const source of event.sources) {
      if (!(source in input.sources)) {
        at(input.files.events, `${id}.sources`, `names "${source}", which is not in ${input.files.sources}`);
      }
    }
    for (const other of event.shownWith) {
      if (other === id) at(input.files.events, `${id}.shownWith`, 'names the event itself');
      else if (!(other in input.events))
        at(input.files.events, `${id}.shownWith`, `names "${other}", which is not in ${input.files.events}`);
    }
  }

  const terms = input.terms;
  const termsFile = input.files.terms;
  const nameOwners = new Map<string, string>();
  for (const [id, term] of Object.entries(terms)) {
    for (const source of term.sources) {
      if (!(source in input.sources)) {
        at(termsFile, `${id}.sources`, `names "${source}", which is not in ${input.files.sources}`);
      }
    }
    for (const claim of term.claims) {
      if (!input.claims.some((candidate) => candidate.id === claim)) {
        at(termsFile, `${id}.claims`, `names "${claim}", but there is no ${input.files.claims}/${claim}.mdx`);
      }
    }
    // A name that two entries share could not say which entry its link leads to.
    for (const name of [term.term, ...term.names]) {
      const key = name.toLocaleLowerCase(LOCALE);
      const owner = nameOwners.get(key);
      if (owner !== undefined && owner !== id) {
        at(
          termsFile,
          `${id}.names`,
          `uses "${name}", which is already a name of "${owner}"; each name belongs to one entry`,
        );
      } else if (owner === id) {
        at(termsFile, `${id}.names`, `lists "${name}" twice (the term itself counts as a name)`);
      }
      nameOwners.set(key, id);
    }
  }

  // Claims are checked against the registers, so broken registers are reported first.
  if (problems.length > 0) throw new ContentError(problems);

  const requireSource = (id: string): ResolvedSource => {
    const source = input.sources[id];
    if (!source) throw new Error(`Unknown source "${id}" (not in ${input.files.sources})`);
    return { id, ...source, name: sourceName(source) };
  };

  // Reports in the order of the register, the text basis first.
  const reports: ResolvedReport[] = Object.entries(input.reports)
    .map(([id, report]) => ({
      ...report,
      id,
      source: requireSource(report.source),
      words: report.words.map((words) => {
        const quotation = words.of === undefined ? undefined : input.quotes[words.of];
        return {
          text: words.text,
          of: words.of,
          place: words.place,
          match: quotation ? wordsMatch(words.text, quotation.text) : undefined,
        };
      }),
    }))
    // The text basis first, then by publisher A–Z: a neutral order that does not change with the file.
    .sort(
      (a, b) =>
        Number(b.textBasis) - Number(a.textBasis) ||
        a.source.publisher.localeCompare(b.source.publisher, LOCALE, { sensitivity: 'base' }),
    );

  const resolveQuote = (id: string): ResolvedQuote | undefined => {
    const quote = input.quotes[id];
    if (!quote) return undefined;
    return {
      id,
      kind: quote.kind,
      text: quote.text,
      speaker: quote.speaker === undefined ? undefined : input.people[quote.speaker],
      source: requireSource(quote.source),
      anchor: quoteAnchor(id),
      alsoIn: reports.flatMap((report) =>
        report.words.filter((words) => words.of === id).map((words) => ({ report, words })),
      ),
    };
  };

  const requireQuote = (id: string): ResolvedQuote => {
    const quote = resolveQuote(id);
    if (!quote) throw new Error(`Unknown quotation "${id}" (not in ${input.files.quotes})`);
    return quote;
  };

  const byId = new Map<string, ClaimInput>();
  const byOrder = new Map<number, ClaimInput>();
  for (const claim of input.claims) {
    byId.set(claim.id, claim);
    const sameOrder = byOrder.get(claim.data.order);
    if (sameOrder) {
      at(
        claim.filePath,
        'order',
        `is ${claim.data.order}, the same as in ${sameOrder.filePath}; each claim needs its own place`,
      );
    } else {
      byOrder.set(claim.data.order, claim);
    }
  }

  const claims: Claim[] = [];
  for (const input_ of input.claims) {
    const { data, filePath, id, body } = input_;

    let claimQuote: ResolvedQuote | undefined;
    if (data.claim.quote !== undefined) {
      claimQuote = resolveQuote(data.claim.quote);
      if (!claimQuote) {
        at(
          filePath,
          'claim.quote',
          `names "${data.claim.quote}", which is not in the quotation register ${input.files.quotes}`,
        );
      } else if (claimQuote.kind !== 'behauptung') {
        at(
          filePath,
          'claim.quote',
          `names "${data.claim.quote}", which is Microsoft's own statement, not a claim (kind must be "behauptung")`,
        );
      }
    }

    for (const related of data.related) {
      if (related === id) at(filePath, 'related', `lists the claim itself ("${related}")`);
      else if (!byId.has(related))
        at(filePath, 'related', `names "${related}", but there is no ${input.files.claims}/${related}.mdx`);
    }

    for (const event of data.events) {
      const entry = input.events[event];
      if (!entry) {
        at(filePath, 'events', `names "${event}", which is not in ${input.files.events}`);
        continue;
      }
      const missing = entry.shownWith.filter((other) => !data.events.includes(other));
      if (missing.length > 0) {
        at(
          filePath,
          'events',
          `shows "${event}" but not ${missing.map((other) => `"${other}"`).join(', ')}, which ${input.files.events} says belong with it (field "shownWith"): show both sides`,
        );
      }
    }

    const headings = new Set(bodyHeadings(body));
    for (const heading of Object.keys(data.anchors)) {
      if (!headings.has(heading)) {
        at(
          filePath,
          `anchors.${heading}`,
          'names a heading the body does not have (## … to #### …, written exactly as in the body)',
        );
      }
    }

    if (!hasAnswer(body)) {
      at(filePath, 'body', 'is empty: the answer (the text below the frontmatter) must say what Microsoft answers');
    }

    const quotes: ResolvedQuote[] = [];
    for (const ref of bodyReferences(body)) {
      if (ref.component === 'Quote') {
        const quote = resolveQuote(ref.id);
        if (!quote)
          at(filePath, `<Quote id="${ref.id}">`, `names a quotation that is not in the register ${input.files.quotes}`);
        else quotes.push(quote);
      } else if (ref.component === 'InlineQuote') {
        const quote = resolveQuote(ref.id);
        if (!quote)
          at(
            filePath,
            `<InlineQuote id="${ref.id}">`,
            `names a quotation that is not in the register ${input.files.quotes}`,
          );
        else quotes.push(quote);
      } else if (ref.component === 'Summary') {
        if (!(ref.id in input.reports))
          at(filePath, `<Summary report="${ref.id}">`, `names a report that is not in ${input.files.reports}`);
      } else if (!(ref.id in input.sources)) {
        at(filePath, `<SourceLink id="${ref.id}">`, `names a source that is not in ${input.files.sources}`);
      }
    }

    const followed = new Set([
      ...[claimQuote, ...quotes].flatMap((quote) => (quote ? [quote.source.id] : [])),
      ...bodyReferences(body)
        .filter((ref) => ref.component === 'Summary')
        .flatMap((ref) => {
          const report = input.reports[ref.id];
          return report ? [report.source] : [];
        }),
    ]);
    claims.push({
      id,
      filePath,
      data,
      body,
      path: claimPath(id),
      wording: claimQuote?.text ?? data.claim.paraphrase ?? '',
      verbatim: claimQuote !== undefined,
      claimQuote,
      quotes,
      reports: reports.filter((report) => report.textBasis || followed.has(report.source.id)),
    });
  }

  if (problems.length > 0) throw new ContentError(problems);

  const inReadingOrder = [...claims].sort((a, b) => a.data.order - b.data.order);
  const collator = new Intl.Collator(LOCALE, { sensitivity: 'base', numeric: true });
  const alphabetical = [...claims].sort((a, b) => collator.compare(a.wording, b.wording));
  const claimById = new Map(claims.map((claim) => [claim.id, claim]));

  const timeline: ResolvedEvent[] = Object.entries(input.events)
    .map(([id, event]) => ({
      ...event,
      id,
      sources: event.sources.map(requireSource),
      heading: `${formatPartialDate(event.date)}: ${event.title}`,
    }))
    .sort((a, b) => a.date.iso.localeCompare(b.date.iso));

  const requireClaim = (id: string): Claim => {
    const claim = claimById.get(id);
    if (!claim) throw new Error(`Unknown claim "${id}"`);
    return claim;
  };

  const glossary: ResolvedTerm[] = Object.entries(terms)
    .map(([id, term]) => {
      const ids = new Set(term.claims);
      return {
        ...term,
        id,
        path: termPath(id),
        sources: term.sources.map(requireSource),
        claims: inReadingOrder.filter((claim) => ids.has(claim.id)),
      };
    })
    .sort((a, b) => collator.compare(a.term, b.term));

  const claimByPath = new Map(claims.map((claim) => [claim.path, claim]));
  const histories = new Map<string, PageHistory>();
  const keyOwner = new Map<string, string>();
  for (const [address, register] of Object.entries(input.versions)) {
    const claim = claimByPath.get(address);
    const key = changeKey(address);
    const owner = keyOwner.get(key);
    if (owner !== undefined) {
      problems.push(
        `${register.filePath}: the page ${address} would share the id "${key}" on the list of changes with ${owner}; one of the two pages needs another address`,
      );
    }
    keyOwner.set(key, address);
    const versions: PageVersion[] = [];
    const last = register.versions.at(-1);
    if (!last) continue; // a register lists one version at least (its schema says so)
    // Each version names its page, so the page is made first; its latest version follows below.
    const history = {
      address,
      filePath: register.filePath,
      claim,
      name: claim ? shownWording(claim) : pageName(address, last.text),
      versions,
    } as PageHistory;
    const ids = versionIds(register.versions.map((version) => version.date));
    for (const [index, version] of register.versions.entries()) {
      const id = ids[index] ?? '';
      versions.push({
        id,
        date: version.date,
        note: version.note,
        text: version.text,
        path: versionPath(address, id),
        previous: versions[index - 1],
        page: history,
      });
    }
    const latest = versions.at(-1);
    if (!latest) continue;
    history.latest = latest;
    histories.set(address, history);
  }
  if (problems.length > 0) throw new ContentError(problems);

  // The start page, the claims in reading order, then the other pages by address: the order of
  // the list of changes within a day.
  const pageOrder = (address: string) => {
    const claim = claimByPath.get(address);
    return address === HOME_PATH ? -1 : claim ? inReadingOrder.indexOf(claim) : claims.length;
  };
  const pagesInOrder = [...histories.values()].sort(
    (a, b) => pageOrder(a.address) - pageOrder(b.address) || a.address.localeCompare(b.address),
  );
  const allChanges: PageChange[] = pagesInOrder
    .flatMap((history) =>
      history.versions.map((version, index) => ({ version, order: pageOrder(history.address), index })),
    )
    .sort(
      (a, b) =>
        b.version.date.getTime() - a.version.date.getTime() ||
        a.order - b.order ||
        a.version.page.address.localeCompare(b.version.page.address) ||
        b.index - a.index,
    )
    .map(({ version }) => ({ id: changeId(version.page.address, version.id), version }));

  return {
    /** All claims in the statement's reading order. */
    claims: inReadingOrder,
    /** The claims the start page lists: the first HOME_CLAIMS in reading order. */
    homeClaims: inReadingOrder.slice(0, HOME_CLAIMS),
    /** All claims sorted A–Z by their wording (German collation). */
    claimsAlphabetical: alphabetical,
    claim: requireClaim,
    /** The claims before and after this one in reading order. */
    neighbours(id: string): { previous: Claim | undefined; next: Claim | undefined } {
      const index = inReadingOrder.indexOf(requireClaim(id));
      return { previous: inReadingOrder[index - 1], next: inReadingOrder[index + 1] };
    },
    /** Related claims in reading order. */
    related(id: string): Claim[] {
      const ids = new Set(requireClaim(id).data.related);
      return inReadingOrder.filter((claim) => ids.has(claim.id));
    },
    quote: requireQuote,
    source: requireSource,
    /** Every timeline event, oldest first. */
    timeline,
    /** The timeline events that concern a claim, oldest first. */
    eventsFor(id: string): ResolvedEvent[] {
      const ids = new Set(requireClaim(id).data.events);
      return timeline.filter((event) => ids.has(event.id));
    },
    /** The versions of a page, by its address; undefined for a page without a register. */
    history(address: string): PageHistory | undefined {
      return histories.get(address);
    },
    /** Every page with versions: the start page, the claims in reading order, the others by address. */
    histories: pagesInOrder,
    /**
     * Every version of every page, newest first (same day: the start page, the claims in reading
     * order, the other pages by address, and a page's latest version first).
     */
    changes: allChanges,
    /** The newest versions, as many as the feed carries (FEED_LENGTH), in the same order. */
    recentChanges: allChanges.slice(0, FEED_LENGTH),
    /** The glossary („Begriffe“), A–Z by term (German collation). */
    glossary,
    /** The glossary entries whose terms matter for a claim, A–Z. */
    termsFor(id: string): ResolvedTerm[] {
      requireClaim(id);
      return glossary.filter((term) => term.claims.some((claim) => claim.id === id));
    },
    /** Every quotation of the register, in register order. */
    allQuotes: Object.keys(input.quotes).map(requireQuote),
    /** Every source of the register, in register order. */
    allSources: Object.keys(input.sources).map(requireSource),
    /** The statement this site presents. */
    statement: requireSource('stellungnahme'),
    /** When the statement was published, as precisely as the sources agree („August 2022“). */
    statementPublished: input.sources.stellungnahme?.published ?? '', // required above
    /** The report the site's text is based on (its text basis): most quotations are taken from it. */
    report: requireSource('bericht'),
    /** Every report that quotes the statement, the text basis first, then in register order. */
    reports,
    /** A report by its key in the reports register. */
    reportById(id: string): ResolvedReport {
      const report = reports.find((candidate) => candidate.id === id);
      if (!report) throw new Error(`Unknown report "${id}" (not in ${input.files.reports})`);
      return report;
    },
    /** The report entry of a source, if it is one. */
    reportOf(sourceId: string): ResolvedReport | undefined {
      return reports.find((report) => report.source.id === sourceId);
    },
    /** When the Einordnung (the timeline) was last checked against its sources. */
    timelineChecked: input.checks.einordnung?.checked ?? new Date(Number.NaN), // required above
    /** Microsoft's answer to the statement's title question, as the report quotes it. */
    answer: requireQuote(ANSWER_QUOTE),
  };
}

export type Model = ReturnType<typeof buildModel>;

/** Which pages keep versions, in words, for the list of changes and its feed: the claims by their number, the others by name. */
export function coveredPages(model: Model): string {
  const others = model.histories.filter((history) => !history.claim && history.address !== HOME_PATH);
  return ui.changeLog.covered(
    model.histories.some((history) => history.address === HOME_PATH),
    model.histories.filter((history) => history.claim).length,
    others.map((history) => history.name).sort(new Intl.Collator(LOCALE).compare),
  );
}
