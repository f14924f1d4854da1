/**
 * Frontmatter of a claim/rebuttal pair: one MDX file under `content/behauptungen/`.
 * The file name (without `.mdx`) is the page's address: `/behauptungen/<file name>/`.
 */
import { z } from 'astro/zod';
import { idRef, text } from './fields';

/**
 * Topics a claim can belong to: the closed list the schema accepts, by key as frontmatter names
 * them, with the name pages, the search filters and the open data show.
 */
export const topics = {
  datenschutzrecht: 'Datenschutzrecht',
  'vertragliche-zusagen': 'Vertragliche Zusagen',
  'datentransfer-drittstaaten': 'Datentransfer in Drittstaaten',
  'cloud-sicherheit': 'Cloud-Sicherheit',
  behoerdenzugriff: 'Zugriff durch Behörden',
  ueberwachung: 'Überwachung',
  diagnosedaten: 'Diagnosedaten',
  schule: 'Schule und Bildung',
} as const;

export type TopicId = keyof typeof topics;

const topicIds = Object.keys(topics) as [TopicId, ...TopicId[]];

/**
 * A search keyword: a word or short phrase readers type, e.g. „Telemetrie“ or „CLOUD Act“.
 * Letters, digits, spaces, hyphens, dots and slashes only, so nothing in it can turn into
 * markup or an attribute when it is written into the page for the search index.
 */
const keyword = z
  .string({ error: 'must be a word or short phrase (a text)' })
  .trim()
  .regex(
    /^[\p{L}\p{N}](?:[\p{L}\p{N} ./-]*[\p{L}\p{N}.])?$/u,
    'must be a word or short phrase: letters, digits, spaces, hyphens, dots and slashes',
  )
  .max(60, 'must be a word or short phrase (60 characters at most)');

/** The claim's wording: a quotation from the register, or an editorial paraphrase. Exactly one. */
export const claimWordingSchema = z
  .strictObject({
    /** Key of a `behauptung` in `zitate.yaml` when the source quotes the claim word for word. */
    quote: idRef().optional(),
    /** Our own wording when the source does not quote the claim; shown as „sinngemäß“. */
    paraphrase: text().optional(),
  })
  .refine((claim) => (claim.quote === undefined) !== (claim.paraphrase === undefined), {
    error: 'needs exactly one of "quote" (verbatim, from zitate.yaml) or "paraphrase"',
  });

export const claimSchema = z.strictObject({
  /** The claim Microsoft answers: `quote` (verbatim) or `paraphrase` (editorial). */
  claim: claimWordingSchema,
  /**
   * Microsoft's stance on a quoted claim, as the source reports it, always shown as Microsoft's:
   * `falsch` where the source says Microsoft calls it false („Falsch sei auch die Behauptung …“),
   * `widerspricht` where it says only that Microsoft opposes it („wendet sich … gegen
   * Behauptungen … wie die: …“). Left out for a topic, which quotes no claim.
   */
  verdict: z.enum(['falsch', 'widerspricht'], { error: 'must be "falsch", "widerspricht" or left out' }).optional(),
  /** Microsoft's answer in one sentence, in our words; shown on the start page and in lists. */
  summary: text().refine((value) => value.length <= 300, 'must be one sentence (300 characters at most)'),
  /** Topics from the closed list in `src/strings.ts`. */
  topics: z
    .array(
      z.enum(topicIds, {
        error: (issue) => `"${String(issue.input)}" is not a known topic (known: ${topicIds.join(', ')})`,
      }),
      { error: 'is required (a list of topics)' },
    )
    .min(1, 'needs at least one topic'),
  /**
   * Words readers search for that the page does not use: synonyms (Telemetrie for
   * Diagnosedaten), abbreviations (DSGVO) and word forms German stemming misses
   * (Rechenzentrum for „Rechenzentren“). Indexed for the site search, never shown.
   */
  keywords: z
    .array(keyword, { error: 'must be a list of words, e.g. [Telemetrie, NSA]' })
    .refine(
      (list) => new Set(list.map((word) => word.toLocaleLowerCase('de-DE'))).size === list.length,
      'lists a word twice',
    )
    .default([]),
  /** File names of related claims (without `.mdx`). */
  related: z.array(idRef()).default([]),
  /** Keys in `ereignisse.yaml` of the events before and after the statement that concern this claim, shown in its „Einordnung“. */
  events: z.array(idRef()).default([]),
  /**
   * Section headings whose wording changed keep the address readers may have shared: the heading
   * as it reads now, and the id it was published with, e.g.
   * `Wolfgang Döring zum datenschutzkonformen Einsatz: datenschutzkonform-auch-an-schulen`.
   */
  anchors: z
    .record(
      text(),
      z
        .string({ error: 'must be the published id of the heading, e.g. vorschriften-zum-schutz-von-daten' })
        .regex(/^[\p{Ll}\p{N}]+(?:-[\p{Ll}\p{N}]+)*$/u, 'must be an id: lower-case letters, digits and hyphens'),
      { error: 'must map a heading to the id it was published with' },
    )
    .default({}),
  /** Position in the statement's reading order: 1, 2, 3 … unique across all claims. */
  order: z.number({ error: 'is required (a whole number ≥ 1)' }).int().min(1),
});

export type ClaimData = z.infer<typeof claimSchema>;
