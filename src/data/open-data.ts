/**
 * The open data files under /daten/: every claim with its wording, Microsoft's verdict and
 * answer, quotations with speakers, sources, page address and „Stand“, plus the timeline of
 * the Einordnung (kept apart from Microsoft's words) and the glossary („Begriffe“), as JSON (described by a JSON Schema
 * derived from the zod schema below) and as CSV for spreadsheets.
 *
 * To add a part, add it to `datasetSchema` (descriptions in the strings module), fill it in
 * `openDataset()`, and give the CSV a column if it belongs to a claim; the JSON, its schema
 * and the /daten/ page follow.
 */
import { z } from 'astro/zod';
import { OPEN_DATA_PATHS } from '../routes';
import { absoluteUrl, dataLicence, isPlaceholder, site } from '../site.config';
import { isoDate, quoted, settingsStrings, topics, ui } from '../strings';
import { bodyReferences } from './mdx-body';
import type { Model } from './model';
import type { Claim, ResolvedEvent, ResolvedQuote, ResolvedReport, ResolvedTerm } from './types';

const f = ui.openData.fields;
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
        excludes: described(z.string(), settingsStrings.licenceExcludesField),
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
    description:
      key in ui.openData.csvFields
        ? ui.openData.csvFields[key as keyof typeof ui.openData.csvFields]
        : ui.openData.fields[key],
  }));

/** Each field of a claim in the JSON file with its meaning, from the schema's descriptions. */
export const jsonClaimFields = (): { name: string; description: string }[] =>
  Object.entries(claimRecordSchema.shape).map(([name, schema]) => ({ name, description: schema.description ?? '' }));

/** Each field of a glossary entry in the JSON file with its meaning, from the schema's descriptions. */
export const jsonTermFields = (): { name: string; description: string }[] =>
  Object.entries(termSchema.shape).map(([name, schema]) => ({ name, description: schema.description ?? '' }));
