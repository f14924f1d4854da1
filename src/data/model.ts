/**
 * The site's content model: every query and ordering pages use, in one place.
 *
 * `buildModel()` takes content whose schemas and references have passed (`checkContent()` runs
 * the schemas and then `checkReferences()`, in the build and in the tests) and resolves it: each
 * claim with its quotations and reports, the timeline, the glossary, every page's versions and
 * the list of changes. It trusts its input; an unknown key here is a bug in the checks, not a
 * content error.
 */
import { changeId, claimPath, HOME_PATH, quoteAnchor, termPath, versionPath } from '../routes';
import type { Source } from '../schemas/registers';
import { formatPartialDate } from '../dates';
import { LOCALE } from '../locale';
import { quoted, titled, ui } from '../strings';
import { bodyReferences } from './mdx-body';
import type {
  Claim,
  ModelInput,
  PageChange,
  PageHistory,
  PageVersion,
  ResolvedEvent,
  ResolvedQuote,
  ResolvedReport,
  ResolvedSource,
  ResolvedTerm,
  WordsMatch,
} from './types';
import { versionIds } from './versions';

/**
 * How many of the newest changes the feed carries. A feed reader keeps the items it has seen and
 * asks again and again, so it needs what is new since its last visit, not the whole history:
 * that stays on the list of changes, which grows with every claim.
 */
export const FEED_LENGTH = 20;

/**
 * How many claims the start page lists, the first in reading order. The start page is where most
 * readers who do not arrive by a shared link begin, and it stays one short page however many
 * claims the site has; every claim is on the pages it links to (A–Z, in reading order, in one
 * table).
 */
export const HOME_CLAIMS = 10;

/** The quotation that answers the statement's title question; the start page and its preview show it. */
export const ANSWER_QUOTE = 'antwort-eindeutig-ja';

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

/** The claim as its page's heading shows it: in „…“ when quoted word for word. */
export const shownWording = (claim: Claim): string => (claim.verbatim ? quoted(claim.wording) : claim.wording);

/** A page other than a claim's, as lists of changes name it: the start page by that name, others by their heading. */
function pageName(address: string, text: string): string {
  if (address === HOME_PATH) return ui.versions.startPage;
  return /^# (.+)$/m.exec(text)?.[1] ?? address;
}

/** The model of checked content: its claims, registers, timeline, glossary and versions, resolved, and the queries over them. */
export function buildModel(input: ModelInput) {
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

  const claims: Claim[] = input.claims.map(({ data, filePath, id, body }) => {
    const claimQuote = data.claim.quote === undefined ? undefined : requireQuote(data.claim.quote);
    const references = bodyReferences(body);
    const quotes = references
      .filter((ref) => ref.component === 'Quote' || ref.component === 'InlineQuote')
      .map((ref) => requireQuote(ref.id));

    const followed = new Set([
      ...[claimQuote, ...quotes].flatMap((quote) => (quote ? [quote.source.id] : [])),
      ...references
        .filter((ref) => ref.component === 'Summary')
        .flatMap((ref) => {
          const report = input.reports[ref.id];
          return report ? [report.source] : [];
        }),
    ]);
    return {
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
    };
  });

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

  const glossary: ResolvedTerm[] = Object.entries(input.terms)
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
  for (const [address, register] of Object.entries(input.versions)) {
    const claim = claimByPath.get(address);
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
