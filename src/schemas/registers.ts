/**
 * Schemas of the registers under `content/` (people, sources, quotations, events, glossary,
 * reports, checks) and their list. Each entry exists once; pages and claims refer to it by its key.
 */
import { z } from 'astro/zod';
import { day, httpsUrl, idRef, partialDate, text } from './fields';

/** `content/personen.yaml`: who speaks in a quotation. */
export const personSchema = z.strictObject({
  /** Name as the source writes it, e.g. „Wolfgang Döring“. */
  name: text(),
  /** Role exactly as the source states it; omitted for an organisation. */
  role: text().optional(),
});

/** `content/quellen.yaml`: a document the site cites. */
export const sourceSchema = z.strictObject({
  /**
   * The document's exact title (a report's headline), shown in „…“ as a title; leave it out when
   * it is not known word for word.
   */
  title: text().optional(),
  /**
   * How links name the source where it has no known title, in the site's words (e.g. „Website der
   * Datenschutzkonferenz“); never in „…“. Without title or label, links show the publisher. No two
   * sources may be named alike: a link's text must say where it leads.
   */
  label: text().optional(),
  /** Who published it, e.g. „Microsoft Deutschland“ or „heise online“. */
  publisher: text(),
  /** Publication date as far as it is known (e.g. „August 2022“); never more precise than the sources. */
  published: text().optional(),
  /** Where it can be read: an absolute https:// address. */
  url: httpsUrl(),
  /** What this source is and what the site takes from it (our words, not a quotation). */
  description: text().optional(),
  /**
   * The day the site's text was last compared with this source word for word (YYYY-MM-DD); a
   * citation of a quotation after this source names it. Leave it out where nobody did.
   */
  checked: day().optional(),
});

/** `content/zitate.yaml`: the quotation register. */
export const quoteSchema = z
  .strictObject({
    /**
     * `aussage`: Microsoft's own words (the statement or a named person).
     * `behauptung`: a claim Microsoft rebuts, as the source quotes it.
     */
    kind: z.enum(['aussage', 'behauptung'], {
      error: 'must be "aussage" (Microsoft\'s words) or "behauptung" (a rebutted claim)',
    }),
    /** The quotation word for word as in the source, without the enclosing „…“. */
    text: text(),
    /** Key in `personen.yaml`; required for an `aussage`. */
    speaker: idRef().optional(),
    /** Key in `quellen.yaml`: the document the wording was taken from. */
    source: idRef(),
  })
  .refine((quote) => quote.kind !== 'aussage' || quote.speaker !== undefined, {
    error: 'is required when kind is "aussage" (who said it?)',
    path: ['speaker'],
  });

/** `content/ereignisse.yaml`: a dated event for the timeline („Einordnung“). */
export const eventSchema = z.strictObject({
  /**
   * A short, neutral name for the event, e.g. „Urteil „Schrems II“ des EuGH“: its heading after the
   * date, and its name in lists and search results. Says who acted, never who is right.
   */
  title: text().refine((value) => value.length <= 90, 'must be a short name (90 characters at most)'),
  /** When it happened: YYYY-MM-DD, or YYYY-MM where the sources agree only on the month. */
  date: partialDate(),
  /** One neutral sentence: what happened, without a verdict on who is right. */
  text: text(),
  /** Keys in `quellen.yaml` where the event can be checked; at least one. */
  sources: z.array(idRef(), { error: 'is required (a list of source keys)' }).min(1, 'needs at least one source'),
  /** True for the statement this site is about, so the timeline can mark it. */
  statement: z.boolean().default(false),
  /**
   * Keys of events a page must also show when it shows this one: the other side, or what followed
   * (Schrems II with the adequacy decision that answered it). A claim that lists this event but not
   * these fails the build.
   */
  shownWith: z.array(idRef(), { error: 'must be a list of event keys' }).default([]),
});

/** A term's name or other name: short, as readers write it, e.g. „DSGVO“ or „Art. 32 DS-GVO“. */
const termName = () =>
  text().refine((value) => value.length <= 120 && !/[<>{}]/.test(value), 'must be a short name without <, >, { or }');

/** `content/begriffe.yaml`: a term of the statement explained for readers (the glossary „Begriffe“). */
export const termSchema = z.strictObject({
  /** The term as the entry's heading, e.g. „Datenschutz-Grundverordnung (DS-GVO)“. */
  term: termName(),
  /**
   * Other names readers meet (DSGVO, DS-GVO, GDPR). Shown with the entry, found by the search,
   * and linked where claim pages use them in the site's own text.
   */
  names: z.array(termName(), { error: 'must be a list of other names, e.g. [DSGVO, GDPR]' }).default([]),
  /** One or two sentences in the site's own neutral words: what the term means here. */
  text: text().refine((value) => value.length <= 500, 'must be one or two sentences (500 characters at most)'),
  /** Keys in `quellen.yaml` the explanation rests on; at least one. */
  sources: z.array(idRef(), { error: 'is required (a list of source keys)' }).min(1, 'needs at least one source'),
  /** File names of the claims (without `.mdx`) where the term matters; at least one. */
  claims: z
    .array(idRef(), { error: 'is required (a list of claim file names)' })
    .min(1, 'needs at least one claim where the term matters'),
});

/** Microsoft's words as one report prints them. */
const reportWordsSchema = z.strictObject(
  {
    /**
     * The words exactly as the sources README records them for this report, without the enclosing
     * „…“; an omission as the report marks it („…“ or „(...)“).
     */
    text: text(),
    /**
     * Key in `zitate.yaml` of the quotation these words reproduce, in full, in part or in other
     * wording; the site then shows on that quotation that this report prints it too. Left out for
     * words only this report prints (a quotation of its own, with this report as `source`).
     */
    of: idRef().optional(),
    /** Where the report prints them, when that matters to a reader, e.g. „Zwischenüberschrift“. */
    place: text().optional(),
  },
  { error: 'must be an entry with "text" (the words as printed) and optionally "of" and "place"' },
);

/** `content/berichte.yaml`: a report that quotes the statement. */
export const reportSchema = z.strictObject({
  /** Key in `quellen.yaml`: the report's publisher, headline (`title`) and address. */
  source: idRef(),
  /** The report's date as the stored copy shows it (e.g. „August 2022“); left out where it shows none. */
  date: text().optional(),
  /** What the report says of the statement, in the site's own words: a summary, never shown as the report's. */
  summary: text(),
  /** True for the site's text basis (`quelltext.txt`): its words are the quotations with it as `source`. */
  textBasis: z.boolean().default(false),
  /** Microsoft's words the report prints, exactly as the sources README records them, and no others. */
  words: z.array(reportWordsSchema, { error: 'must be a list of entries with "text"' }).default([]),
});

/** `content/stand.yaml`: when a part of the site was last checked against its sources. */
export const checkSchema = z.strictObject({
  /** The day of the last check (YYYY-MM-DD), whether or not anything changed. */
  checked: day(),
});

export type Person = z.infer<typeof personSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type Term = z.infer<typeof termSchema>;
export type Report = z.infer<typeof reportSchema>;
export type ReportWords = z.infer<typeof reportWordsSchema>;
export type Check = z.infer<typeof checkSchema>;

/**
 * The content registers: each a YAML file under `content/` with one entry per key, and the
 * schema its entries are checked with. The content collections, the content check, the model's
 * input and the tests' reader all follow this list, in this order (the order of the messages).
 */
export const REGISTERS = {
  people: { file: 'personen.yaml', schema: personSchema },
  sources: { file: 'quellen.yaml', schema: sourceSchema },
  quotes: { file: 'zitate.yaml', schema: quoteSchema },
  events: { file: 'ereignisse.yaml', schema: eventSchema },
  /** The glossary („Begriffe“): terms of the statement explained, each with its sources. */
  terms: { file: 'begriffe.yaml', schema: termSchema },
  /** The reports that quote the statement, with the words each prints. */
  reports: { file: 'berichte.yaml', schema: reportSchema },
  /** When parts of the site were last checked against their sources. */
  checks: { file: 'stand.yaml', schema: checkSchema },
} as const;

export type RegisterName = keyof typeof REGISTERS;

/** The registers' names, in the order of the list. */
export const REGISTER_NAMES = Object.keys(REGISTERS) as RegisterName[];

/** An entry of a register, as its schema gives it. */
export type RegisterEntry<Name extends RegisterName> = z.infer<(typeof REGISTERS)[Name]['schema']>;
