/**
 * The public query set: words readers type, and where the search must take them first.
 * `first` is the page the first result must be, or, with `#…`, the section its first
 * section link must open. `alsoFound` lists other places the query must reach.
 *
 * Each query says what it proves: German inflection and compounds (which Pagefind's stemming
 * and, where it falls short, the claims' keywords handle), synonyms from the keywords,
 * abbreviations and long forms and English names of the same thing (the word list
 * `content/suchbegriffe.yaml`), the wording of quotations, and glossary entries and timeline
 * events found as results of their own by what they are called. When content changes, run
 * these before changing an expectation.
 */
export interface QueryCase {
  query: string;
  first: string;
  alsoFound?: string[];
  proves: 'inflection' | 'compound' | 'synonym' | 'abbreviation' | 'translation' | 'quotation' | 'wording' | 'entry';
}

const GRUNDSATZ = '/behauptungen/nicht-datenschutzkonform/';
const CLOUD = '/behauptungen/cloud-ist-unsicher/';
const US = '/behauptungen/us-regierung-liest-mit/';
const UEBERWACHUNG = '/behauptungen/microsoft-ueberwacht-nutzer/';
const DIAGNOSE = '/behauptungen/diagnosedaten/';
/** The topic of transfers to third countries: the text basis's only words on it and what heise online reports. */
const TRANSFER = '/behauptungen/datentransfer-drittstaaten/';
/** What heise online and windowsunited report on US authorities: FISA and the lawsuits. */
const US_REPORTS = `${US}#fisa-und-klagen-was-weitere-berichte-wiedergeben`;

export const QUERIES: QueryCase[] = [
  // Inflection: the reader's word form differs from the text's.
  {
    query: 'Rechenzentrum',
    first: TRANSFER,
    alsoFound: [`${UEBERWACHUNG}#antwort`, `${GRUNDSATZ}#speicherung-in-der-eu-und-datentransfer-in-drittstaaten`],
    proves: 'inflection',
  },
  { query: 'Behörde', first: US_REPORTS, alsoFound: [`${US}#antwort`], proves: 'inflection' },
  { query: 'Schulen', first: `${GRUNDSATZ}#datenschutzkonform-auch-an-schulen`, proves: 'inflection' },
  {
    query: 'Drittstaat',
    first: TRANSFER,
    alsoFound: [`${GRUNDSATZ}#speicherung-in-der-eu-und-datentransfer-in-drittstaaten`],
    proves: 'inflection',
  },
  { query: 'Sicherheitsrisiko', first: `${DIAGNOSE}#antwort`, proves: 'inflection' },
  {
    query: 'vertragliche Zusage',
    first: `${GRUNDSATZ}#vertragliche-zusagen-und-technische-mittel`,
    proves: 'inflection',
  },
  { query: 'Überwachung', first: UEBERWACHUNG, proves: 'inflection' },
  { query: 'Nutzeraktion', first: `${UEBERWACHUNG}#nutzeraktionen-in-cloud-diensten`, proves: 'inflection' },
  // Compounds, with and without hyphen, whole or in parts.
  { query: 'US-Behörden', first: US_REPORTS, alsoFound: [`${US}#antwort`], proves: 'compound' },
  {
    query: 'US Behörden',
    first: `${US}#wofür-die-us-regierung-daten-verlangt`,
    alsoFound: [`${US}#antwort`],
    proves: 'compound',
  },
  { query: 'Behörden', first: US_REPORTS, alsoFound: [`${US}#antwort`], proves: 'compound' },
  { query: 'Cyberangriffe', first: `${CLOUD}#antwort`, proves: 'compound' },
  { query: 'Cloud-Dienst', first: `${UEBERWACHUNG}#nutzeraktionen-in-cloud-diensten`, proves: 'compound' },
  { query: 'Schulunterricht', first: `${US}#antwort`, proves: 'compound' },
  { query: 'Unterricht', first: US, proves: 'compound' },
  {
    query: 'Datentransfer',
    first: TRANSFER,
    alsoFound: [`${GRUNDSATZ}#speicherung-in-der-eu-und-datentransfer-in-drittstaaten`],
    proves: 'compound',
  },
  { query: 'DS-GVO', first: TRANSFER, alsoFound: [`${CLOUD}#vorschriften-zum-schutz-von-daten`], proves: 'compound' },
  // Synonyms: the claims' keywords.
  { query: 'Telemetrie', first: DIAGNOSE, proves: 'synonym' },
  { query: 'NSA', first: US, proves: 'synonym' },
  { query: 'Geheimdienst', first: US, proves: 'synonym' },
  { query: 'CLOUD Act', first: US, proves: 'synonym' },
  { query: 'Spionage', first: UEBERWACHUNG, proves: 'synonym' },
  { query: 'Hackerangriff', first: CLOUD, proves: 'synonym' },
  { query: 'IT-Sicherheit', first: CLOUD, proves: 'synonym' },
  {
    query: 'DSGVO',
    first: TRANSFER,
    alsoFound: [`${CLOUD}#vorschriften-zum-schutz-von-daten`, GRUNDSATZ],
    proves: 'synonym',
  },
  // Abbreviations and long forms of the same law, body or product (the word list).
  { query: 'Datenschutz-Grundverordnung', first: CLOUD, alsoFound: [GRUNDSATZ], proves: 'abbreviation' },
  { query: 'Datenschutzgrundverordnung', first: CLOUD, alsoFound: [GRUNDSATZ], proves: 'abbreviation' },
  { query: 'GDPR', first: CLOUD, alsoFound: [GRUNDSATZ], proves: 'abbreviation' },
  { query: 'Office 365', first: GRUNDSATZ, proves: 'abbreviation' },
  { query: 'O365', first: GRUNDSATZ, proves: 'abbreviation' },
  // English and German names of the same thing.
  { query: 'telemetry', first: DIAGNOSE, proves: 'translation' },
  { query: 'diagnostic data', first: DIAGNOSE, proves: 'translation' },
  { query: 'EU-Datengrenze', first: TRANSFER, alsoFound: [GRUNDSATZ], proves: 'translation' },
  { query: 'data center', first: TRANSFER, alsoFound: [UEBERWACHUNG, GRUNDSATZ], proves: 'translation' },
  { query: 'Datacenter', first: TRANSFER, alsoFound: [UEBERWACHUNG, GRUNDSATZ], proves: 'translation' },
  { query: 'third country', first: TRANSFER, alsoFound: [GRUNDSATZ], proves: 'translation' },
  { query: 'intelligence agency', first: US, proves: 'translation' },
  { query: 'US authorities', first: US, proves: 'translation' },
  // More word forms a German reader types.
  { query: 'Drittländern', first: TRANSFER, alsoFound: [GRUNDSATZ], proves: 'inflection' },
  { query: 'Geheimdienste', first: US, proves: 'inflection' },
  { query: 'Datenübermittlung', first: GRUNDSATZ, alsoFound: [TRANSFER], proves: 'synonym' },
  // Words of the quotations.
  { query: 'Die Antwort lautet eindeutig ja', first: `${GRUNDSATZ}#antwort`, proves: 'quotation' },
  { query: 'Ausspähen von Kunden', first: `${UEBERWACHUNG}#antwort`, proves: 'quotation' },
  { query: 'Krieg in der Ukraine', first: `${CLOUD}#antwort`, proves: 'quotation' },
  { query: 'sicher und stabil zu betreiben', first: `${DIAGNOSE}#antwort`, proves: 'quotation' },
  {
    query: 'EU Data Boundary',
    first: TRANSFER,
    alsoFound: [
      `${GRUNDSATZ}#speicherung-in-der-eu-und-datentransfer-in-drittstaaten`,
      '/einordnung/#ereignis-eu-data-boundary',
    ],
    proves: 'quotation',
  },
  // The timeline („Einordnung“) is searchable too, below the statement's own words.
  {
    query: 'Datenschutznachtrag',
    first: '/einordnung/#ereignis-dsk-neubewertung',
    alsoFound: ['/einordnung/#ereignis-dsk-festlegung'],
    proves: 'wording',
  },
  {
    query: 'Wolfgang Döring',
    first: TRANSFER,
    alsoFound: [`${GRUNDSATZ}#datenschutzkonform-auch-an-schulen`],
    proves: 'quotation',
  },
  // What the other reports add, and the events since 2022, in the words readers use for them.
  { query: 'FISA', first: US_REPORTS, proves: 'wording' },
  { query: 'Drittland', first: TRANSFER, proves: 'inflection' },
  { query: 'Klage', first: US_REPORTS, alsoFound: ['/einordnung/#ereignis-latombe'], proves: 'inflection' },
  { query: 'Hessen', first: '/einordnung/#ereignis-hbdi-hessen', proves: 'wording' },
  {
    query: 'EDSB',
    first: '/einordnung/#ereignis-edsb-abschluss',
    alsoFound: ['/einordnung/#ereignis-edsb-kommission'],
    proves: 'wording',
  },
  { query: 'Executive Order', first: '/einordnung/#ereignis-eo-14086', proves: 'wording' },
  { query: 'Senat', first: '/einordnung/#ereignis-microsoft-france-senat', proves: 'wording' },
  { query: 'anerkannte Schutzmechanismen', first: TRANSFER, proves: 'quotation' },
  // Wording of summaries, claims and the pages about the site.
  { query: 'Waffenproliferation', first: `${US}#wofür-die-us-regierung-daten-verlangt`, proves: 'wording' },
  { query: 'Diagnosedaten', first: `${DIAGNOSE}#antwort`, alsoFound: [GRUNDSATZ], proves: 'wording' },
  { query: 'Cookies', first: '/datenschutz/', proves: 'wording' },
  // A glossary term finds its entry, an event's words the event: each a result of its own,
  // before the other entries and events that mention the word and before the list of sources.
  {
    query: 'Schrems',
    first: '/begriffe/#schrems-ii',
    alsoFound: ['/einordnung/#ereignis-schrems-ii'],
    proves: 'entry',
  },
  { query: 'Standardvertragsklauseln', first: '/begriffe/#standardvertragsklauseln', proves: 'entry' },
  {
    query: 'Angemessenheitsbeschluss',
    first: '/begriffe/#angemessenheitsbeschluss',
    alsoFound: ['/einordnung/#ereignis-data-privacy-framework'],
    proves: 'entry',
  },
  {
    query: 'Datenschutzkonferenz',
    first: '/begriffe/#datenschutzkonferenz',
    alsoFound: ['/einordnung/#ereignis-dsk-festlegung'],
    proves: 'entry',
  },
  // Other names of an entry find it too.
  {
    query: 'Data Privacy Framework',
    first: '/begriffe/#data-privacy-framework',
    alsoFound: ['/einordnung/#ereignis-data-privacy-framework'],
    proves: 'entry',
  },
  {
    query: 'LfDI',
    first: '/begriffe/#lfdi-baden-wuerttemberg',
    alsoFound: ['/einordnung/#ereignis-lfdi-bw-schulen'],
    proves: 'entry',
  },
  { query: 'EuGH', first: '/begriffe/#schrems-ii', alsoFound: ['/einordnung/#ereignis-schrems-ii'], proves: 'entry' },
];
