/**
 * The open data files under /daten/: every claim with its wording, Microsoft's verdict and
 * answer, quotations with speakers, sources, page address and „Stand“, plus the timeline of
 * the Einordnung (kept apart from Microsoft's words) and the glossary („Begriffe“), as JSON (described by a JSON Schema
 * derived from the zod schema below) and as CSV for spreadsheets.
 *
 * To add a part, add it to `datasetSchema` (with its description below), fill it in
 * `openDataset()`, and give the CSV a column if it belongs to a claim; the JSON, its schema
 * and the /daten/ page follow.
 */
import { z } from 'astro/zod';
import { OPEN_DATA_PATHS } from '../routes';
import { absoluteUrl, dataLicence, isPlaceholder, site } from '../site.config';
import { isoDate } from '../dates';
import { topics } from '../schemas/claim';
import { quoted, settingsStrings, ui } from '../strings';
import { bodyReferences } from './mdx-body';
import type { Model } from './model';
import type { Claim, ResolvedEvent, ResolvedQuote, ResolvedReport, ResolvedTerm } from './types';

/** Descriptions of the data fields: in the JSON Schema and on /daten/. */
const DESCRIPTIONS = {
  dataset:
    'Die Behauptungen und Themen, die Berichte aus der Stellungnahme von Microsoft Deutschland wiedergeben, mit Microsofts Antworten. Die Berichte geben Auszüge wieder, nicht die ganze Stellungnahme.',
  schema: 'Adresse des JSON Schemas, das diese Datei beschreibt.',
  title: 'Name des Datensatzes.',
  page: 'Adresse der Seite, die diese Datei beschreibt.',
  license: 'Lizenz der Datei, wie der Betreiber sie festlegt. „[Platzhalter: …]“, solange sie nicht eingetragen ist.',
  licenseName: 'Name der Lizenz.',
  licenseUrl: 'Adresse des Lizenztexts, oder null.',
  licenseExcludes: 'Was die Lizenz nicht erfasst.',
  statement:
    'Die Stellungnahme, um die es auf dieser Website geht. Sie liegt der Website nicht vor: Die Website gibt wieder, was Berichte aus ihr zitieren und zusammenfassen.',
  statementTitle: 'Titel des Beitrags, mit dem Microsoft Deutschland die Stellungnahme veröffentlichte.',
  publisher: 'Wer sie veröffentlicht hat.',
  published: 'Wann sie erschienen ist, so genau die Quellen es übereinstimmend nennen.',
  statementUrl: 'Adresse dieses Beitrags.',
  datasetUpdated: 'Der jüngste „Stand“ aller Behauptungen und Themen (JJJJ-MM-TT).',
  claims: 'Die Behauptungen und Themen in der Reihenfolge, in der der Bericht sie wiedergibt.',
  id: 'Kennung der Behauptung oder des Themas; auch der letzte Teil der Adresse. Ändert sich nie.',
  url: 'Adresse der Seite.',
  wording:
    'Die Behauptung, wörtlich aus der Quelle, oder das Thema in Worten dieser Website, wo der Bericht keine Behauptung zitiert.',
  verbatim:
    'true, wenn die Behauptung wörtlich zitiert ist; false, wenn „wording“ das Thema in Worten dieser Website nennt.',
  verdict:
    'Microsofts Haltung zur Behauptung, wie der Bericht sie wiedergibt: „falsch“, wo Microsoft sie falsch nennt, „widerspricht“, wo es sich gegen sie wendet; null bei einem Thema.',
  answer: 'Microsofts Antwort in einem Satz: eine redaktionelle Zusammenfassung, kein Zitat.',
  quotations: 'Microsofts Zitate auf der Seite, in ihrer Reihenfolge, wörtlich aus der Quelle.',
  quotationId: 'Kennung des Zitats im Zitatregister.',
  quotationText: 'Das Zitat, Wort für Wort.',
  speaker: 'Wer es gesagt hat; null bei einer zitierten Behauptung.',
  speakerName: 'Name der Person oder Organisation.',
  speakerRole: 'Funktion, wie die Quelle sie nennt, oder null bei einer Organisation.',
  quotationUrl: 'Adresse des Zitats auf der Seite (mit Anker).',
  quotationSource: 'Adresse des Berichts, aus dem der Wortlaut stammt.',
  sources:
    'Adressen der Quellen, auf die sich die Seite stützt: die Berichte, aus denen sie zitiert oder denen sie folgt, die Quellen, die sie verlinkt, und die Quellen der Ereignisse in ihrer Einordnung.',
  updated: '„Stand“: der Tag der jüngsten Fassung der Seite (JJJJ-MM-TT).',
  versions: 'Die Fassungen der Seite, die jüngste zuerst; jede bleibt unter ihrer Adresse lesbar.',
  versionDate: 'Tag der Fassung (JJJJ-MM-TT).',
  versionNote: 'Was sich gegenüber der Fassung davor geändert hat.',
  versionUrl: 'Adresse der Fassung.',
  topics: 'Themengebiete der Seite.',
  events:
    'Kennungen der Ereignisse (unter „events“), die diese Seite einordnen. Sie sind nicht Teil der Stellungnahme.',
  timeline:
    'Die Einordnung: Ereignisse vor und nach der Stellungnahme, älteste zuerst. Sie sind nicht Teil von Microsofts Aussagen.',
  eventId: 'Kennung des Ereignisses.',
  eventDate: 'Datum: JJJJ-MM-TT, oder JJJJ-MM, wo die Quellen nur den Monat übereinstimmend nennen.',
  eventText: 'Was geschah, in einem Satz.',
  eventStatement: 'true für die Stellungnahme, um die es auf dieser Website geht.',
  eventSources: 'Adressen der Quellen, in denen sich das Ereignis nachprüfen lässt.',
  glossary:
    'Die Begriffe: Erklärungen dieser Website zu Begriffen, die auf ihr vorkommen, von A bis Z. Sie sind nicht Teil von Microsofts Aussagen.',
  termId: 'Kennung des Begriffs; auch sein Anker auf der Seite „Begriffe“. Ändert sich nie.',
  termUrl: 'Adresse des Eintrags auf der Seite „Begriffe“ (mit Anker).',
  term: 'Der Begriff.',
  termNames: 'Andere Bezeichnungen für denselben Begriff, z.\u00a0B. Abkürzungen.',
  termText:
    'Was der Begriff bedeutet, so wie die genannte Quelle ihn erklärt: eine redaktionelle Erklärung in ein bis zwei Sätzen.',
  termSources: 'Adressen der Quellen, auf denen die Erklärung beruht.',
  termClaims: 'Kennungen der Behauptungen und Themen (unter „claims“), für die der Begriff wichtig ist.',
  reports:
    'Die Berichte über die Stellungnahme, die diese Website kennt: der Bericht, der ihre Textgrundlage ist, zuerst. Jeder mit den Worten von Microsoft, die er wiedergibt.',
  reportId: 'Kennung des Berichts.',
  reportTitle: 'Die Überschrift des Berichts, oder null, wo sie nicht erfasst ist.',
  reportPublisher: 'Wer den Bericht veröffentlicht hat.',
  reportUrl: 'Adresse des Berichts.',
  reportDate: 'Das Datum, wie die gelesene Fassung es zeigt, oder null, wo sie keines zeigt.',
  reportTextBasis: 'true für den Bericht, der die Textgrundlage dieser Website ist.',
  reportSummary:
    'Was der Bericht über die Stellungnahme schreibt: eine Zusammenfassung dieser Website, keine Worte des Berichts.',
  reportWords:
    'Worte von Microsoft, die der Bericht wiedergibt, so wie er sie druckt (Auslassungen so, wie er sie markiert). Beim Bericht, der die Textgrundlage ist, stehen sie unter „quotations“ der Behauptungen.',
  reportWordsText: 'Die Worte, Wort für Wort.',
  reportWordsQuotation: 'Kennung des Zitats, das sie wiedergeben, oder null.',
  reportWordsMatch:
    '„wortgleich“, „auszug“ (ein Teil davon Wort für Wort, der Rest ausgelassen) oder „abweichend“ (anderer Wortlaut); null ohne Zitat.',
};

/** Where a CSV column says it differently from the JSON field of the same name. */
const CSV_DESCRIPTIONS = {
  verbatim:
    '„ja“, wenn die Behauptung wörtlich zitiert ist; „nein“, wenn der Bericht keine Behauptung zitiert und die Zeile das Thema in Worten dieser Website nennt.',
  verdict:
    'Microsofts Haltung zur Behauptung, wie der Bericht sie wiedergibt: „falsch“, wo Microsoft sie falsch nennt, „widerspricht“, wo es sich gegen sie wendet; leer bei einem Thema.',
  quotations: 'Microsofts Zitate auf der Seite, je Zeile eines: „Zitat“ – Sprecher, Funktion.',
  sources:
    'Adressen der Quellen, auf die sich die Seite stützt, je Zeile eine: die Berichte, aus denen sie zitiert oder denen sie folgt, die Quellen, die sie verlinkt, und die Quellen der Ereignisse in ihrer Einordnung.',
  events:
    'Ereignisse der Einordnung zu dieser Seite, je Zeile eines: Datum, dann was geschah. Sie sind nicht Teil der Stellungnahme.',
};

const f = DESCRIPTIONS;
const described = <T extends z.ZodType>(schema: T, description: string) => schema.meta({ description });
const day = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const quotationSchema = z.object({
  id: described(z.string(), f.quotationId),
  text: described(z.string(), f.quotationText),
  speaker: described(
    z
      .object({ name: described(z.string(), f.speakerName), role: described(z.string().nullable(), f.speakerRole) })
      .nullable(),
    f.speaker,
  ),
  url: described(z.url(), f.quotationUrl),
  source: described(z.url(), f.quotationSource),
});

export const claimRecordSchema = z.object({
  id: described(z.string(), f.id),
  url: described(z.url(), f.url),
  wording: described(z.string(), f.wording),
  verbatim: described(z.boolean(), f.verbatim),
  verdict: described(z.enum(['falsch', 'widerspricht']).nullable(), f.verdict),
  answer: described(z.string(), f.answer),
  quotations: described(z.array(quotationSchema), f.quotations),
  sources: described(z.array(z.url()), f.sources),
  // Null only for a page without a version yet: the build then renders its pages so that
  // `npm run fassung` can record the first one, and stops at its version check, so no
  // published file has it.
  updated: described(day().nullable(), f.updated),
  versions: described(
    z.array(
      z.object({
        date: described(day(), f.versionDate),
        note: described(z.string(), f.versionNote),
        url: described(z.url(), f.versionUrl),
      }),
    ),
    f.versions,
  ),
  topics: described(z.array(z.string()), f.topics),
  events: described(z.array(z.string()), f.events),
});

const eventSchema = z.object({
  id: described(z.string(), f.eventId),
  date: described(z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/), f.eventDate),
  text: described(z.string(), f.eventText),
  statement: described(z.boolean(), f.eventStatement),
  sources: described(z.array(z.url()), f.eventSources),
});

const reportSchema = z.object({
  id: described(z.string(), f.reportId),
  title: described(z.string().nullable(), f.reportTitle),
  publisher: described(z.string(), f.reportPublisher),
  url: described(z.url(), f.reportUrl),
  date: described(z.string().nullable(), f.reportDate),
  textBasis: described(z.boolean(), f.reportTextBasis),
  summary: described(z.string(), f.reportSummary),
  words: described(
    z.array(
      z.object({
        text: described(z.string(), f.reportWordsText),
        quotation: described(z.string().nullable(), f.reportWordsQuotation),
        match: described(z.enum(['wortgleich', 'auszug', 'abweichend']).nullable(), f.reportWordsMatch),
      }),
    ),
    f.reportWords,
  ),
});

const termSchema = z.object({
  id: described(z.string(), f.termId),
  url: described(z.url(), f.termUrl),
  term: described(z.string(), f.term),
  names: described(z.array(z.string()), f.termNames),
  text: described(z.string(), f.termText),
  sources: described(z.array(z.url()), f.termSources),
  claims: described(z.array(z.string()), f.termClaims),
});

export const datasetSchema = z
  .object({
    $schema: described(z.url(), f.schema),
    title: described(z.string(), f.title),
    url: described(z.url(), f.page),
    license: described(
      z.object({
        name: described(z.string(), f.licenseName),
        url: described(z.url().nullable(), f.licenseUrl),
        excludes: described(z.string(), f.licenseExcludes),
      }),
      f.license,
    ),
    statement: described(
      z.object({
        title: described(z.string(), f.statementTitle),
        publisher: described(z.string(), f.publisher),
        published: described(z.string(), f.published),
        url: described(z.url(), f.statementUrl),
      }),
      f.statement,
    ),
    updated: described(day().nullable(), f.datasetUpdated),
    claims: described(z.array(claimRecordSchema), f.claims),
    reports: described(z.array(reportSchema), f.reports),
    events: described(z.array(eventSchema), f.timeline),
    terms: described(z.array(termSchema), f.glossary),
  })
  .meta({ title: ui.openData.datasetTitle(site.name), description: f.dataset });

export type Dataset = z.infer<typeof datasetSchema>;
export type ClaimRecord = z.infer<typeof claimRecordSchema>;

function quotationRecord(quote: ResolvedQuote, pageUrl: string) {
  return {
    id: quote.id,
    text: quote.text,
    speaker: quote.speaker ? { name: quote.speaker.name, role: quote.speaker.role ?? null } : null,
    url: `${pageUrl}#${quote.anchor}`,
    source: quote.source.url,
  };
}

/**
 * Every source a claim page rests on: the reports it quotes or follows, what it links, and the
 * sources of the events in its Einordnung. Not the statement: the site does not have it, and no page
 * rests on it (the data set names its address under `statement`).
 */
function sourcesOf(claim: Claim, model: Model): string[] {
  const linked = bodyReferences(claim.body)
    .filter((reference) => reference.component === 'SourceLink')
    .map((reference) => model.source(reference.id).url);
  const reports = claim.reports.map((report) => report.source.url);
  const events = model.eventsFor(claim.id).flatMap((event) => event.sources.map((source) => source.url));
  return [...new Set([...reports, ...linked, ...events])];
}

export function claimRecord(claim: Claim, model: Model): ClaimRecord {
  const url = absoluteUrl(claim.path);
  const versions = [...(model.history(claim.path)?.versions ?? [])].reverse();
  return {
    id: claim.id,
    url,
    wording: claim.wording,
    verbatim: claim.verbatim,
    verdict: claim.data.verdict ?? null,
    answer: claim.data.summary,
    quotations: claim.quotes.map((quote) => quotationRecord(quote, url)),
    sources: sourcesOf(claim, model),
    updated: versions[0] ? isoDate(versions[0].date) : null,
    versions: versions.map((version) => ({
      date: isoDate(version.date),
      note: version.note,
      url: absoluteUrl(version.path),
    })),
    topics: claim.data.topics.map((topic) => topics[topic]),
    events: model.eventsFor(claim.id).map((event) => event.id),
  };
}

const eventRecord = (event: ResolvedEvent) => ({
  id: event.id,
  date: event.date.iso,
  text: event.text,
  statement: event.statement,
  sources: event.sources.map((source) => source.url),
});

const reportRecord = (report: ResolvedReport) => ({
  id: report.id,
  title: report.source.title ?? null,
  publisher: report.source.publisher,
  url: report.source.url,
  date: report.date ?? null,
  textBasis: report.textBasis,
  summary: report.summary,
  words: report.words.map((words) => ({ text: words.text, quotation: words.of ?? null, match: words.match ?? null })),
});

const termRecord = (term: ResolvedTerm) => ({
  id: term.id,
  url: absoluteUrl(term.path),
  term: term.term,
  names: term.names,
  text: term.text,
  sources: term.sources.map((source) => source.url),
  claims: term.claims.map((claim) => claim.id),
});

/** The whole dataset, checked against its own schema so a build never publishes a file that breaks it. */
export function openDataset(model: Model): Dataset {
  const { statement } = model;
  const claims = model.claims.map((claim) => claimRecord(claim, model));
  return datasetSchema.parse({
    $schema: absoluteUrl(OPEN_DATA_PATHS.schema),
    title: ui.openData.datasetTitle(site.name),
    url: absoluteUrl(OPEN_DATA_PATHS.page),
    license: {
      name: isPlaceholder(dataLicence.name) ? ui.placeholder(dataLicence.name.label) : dataLicence.name,
      url: isPlaceholder(dataLicence.url) ? null : dataLicence.url,
      excludes: settingsStrings.licenceExcludes,
    },
    statement: {
      title: statement.title ?? statement.publisher,
      publisher: statement.publisher,
      published: model.statementPublished,
      url: statement.url,
    },
    updated:
      claims
        .flatMap((claim) => claim.updated ?? [])
        .sort()
        .at(-1) ?? null,
    claims,
    reports: model.reports.map(reportRecord),
    events: model.timeline.map(eventRecord),
    terms: model.glossary.map(termRecord),
  });
}

/** The JSON Schema of the JSON file, with its own address as `$id`. */
export function openDataJsonSchema(): Record<string, unknown> {
  return { $id: absoluteUrl(OPEN_DATA_PATHS.schema), ...z.toJSONSchema(datasetSchema, { target: 'draft-2020-12' }) };
}

/** The JSON file; its `$schema` points to the schema so editors and validators find it. */
export function openDataJson(model: Model): string {
  return `${JSON.stringify(openDataset(model), null, 2)}\n`;
}

/** One quotation in a CSV cell: „text“ – speaker, role. */
export const csvQuotation = (quote: ClaimRecord['quotations'][number]): string =>
  quote.speaker
    ? `${quoted(quote.text)} – ${[quote.speaker.name, quote.speaker.role].filter(Boolean).join(', ')}`
    : quoted(quote.text);

type ColumnKey = keyof typeof ui.openData.columns;

/** One event in a CSV cell: its date, then what happened. */
export const csvEvent = (event: Dataset['events'][number]): string => `${event.date}: ${event.text}`;

/** CSV columns in order: the field they show (its German header and description) and its value. */
const CSV_COLUMNS: [key: ColumnKey, value: (claim: ClaimRecord, dataset: Dataset) => string][] = [
  ['id', (claim) => claim.id],
  ['url', (claim) => claim.url],
  ['wording', (claim) => claim.wording],
  ['verbatim', (claim) => (claim.verbatim ? ui.openData.yes : ui.openData.no)],
  ['verdict', (claim) => claim.verdict ?? ''],
  ['answer', (claim) => claim.answer],
  ['quotations', (claim) => claim.quotations.map(csvQuotation).join('\n')],
  ['sources', (claim) => claim.sources.join('\n')],
  ['updated', (claim) => claim.updated ?? ''],
  [
    'events',
    (claim, dataset) =>
      dataset.events
        .filter((event) => claim.events.includes(event.id))
        .map(csvEvent)
        .join('\n'),
  ],
];

/** Every field quoted, quotes doubled (RFC 4180), so semicolons and line breaks inside cells are safe. */
const csvField = (value: string) => `"${value.replaceAll('"', '""')}"`;

/**
 * The CSV file: UTF-8 with a byte order mark and semicolons, which spreadsheets set to
 * German open correctly with a double click (a comma is the German decimal separator).
 */
export function openDataCsv(model: Model): string {
  const dataset = openDataset(model);
  const rows = [csvHeaders(), ...dataset.claims.map((claim) => CSV_COLUMNS.map(([, value]) => value(claim, dataset)))];
  return `\uFEFF${rows.map((row) => row.map(csvField).join(';')).join('\r\n')}\r\n`;
}

/** The CSV headers in column order. */
export const csvHeaders = (): string[] => CSV_COLUMNS.map(([key]) => ui.openData.columns[key]);

/** Each CSV column (its header) with its meaning, for the page that documents the file. */
export const csvColumns = (): { name: string; description: string }[] =>
  CSV_COLUMNS.map(([key]) => ({
    name: ui.openData.columns[key],
    description: key in CSV_DESCRIPTIONS ? CSV_DESCRIPTIONS[key as keyof typeof CSV_DESCRIPTIONS] : DESCRIPTIONS[key],
  }));

/** Each field of a claim in the JSON file with its meaning, from the schema's descriptions. */
export const jsonClaimFields = (): { name: string; description: string }[] =>
  Object.entries(claimRecordSchema.shape).map(([name, schema]) => ({ name, description: schema.description ?? '' }));

/** Each field of a glossary entry in the JSON file with its meaning, from the schema's descriptions. */
export const jsonTermFields = (): { name: string; description: string }[] =>
  Object.entries(termSchema.shape).map(([name, schema]) => ({ name, description: schema.description ?? '' }));
