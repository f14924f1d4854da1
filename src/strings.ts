/**
 * Every German string of the interface, the locale and date formatting: one module, so
 * wording and typography stay consistent („…“ quotes, no-break spaces as in „z. B.“).
 * Content (claims, quotations, sources) lives under `content/`, not here.
 */

export const LOCALE = 'de-DE';
export const LANG = 'de';

// Pure: browser code that imports a few strings from here need not carry the formatter.
const dateFormat = /* @__PURE__ */ new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** „26. November 2026“. Throws on an invalid date instead of printing "Invalid Date". */
export function formatDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('formatDate: invalid date');
  return dateFormat.format(date);
}

/** `2026-11-26`, for `<time datetime>` and data files. */
export function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('isoDate: invalid date');
  return date.toISOString().slice(0, 10);
}

/** „24. November 2022“ or, where only the month is known, „August 2022“. */
export function formatPartialDate(date: { iso: string; precision: 'day' | 'month' }): string {
  if (date.precision === 'day') return formatDate(new Date(`${date.iso}T00:00:00Z`));
  const month = new Date(`${date.iso}-01T00:00:00Z`);
  if (Number.isNaN(month.getTime())) throw new RangeError(`formatPartialDate: invalid month ${date.iso}`);
  return new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(month);
}

/** The link to the A–Z list, its page title and every sentence that points to it. */
const ALL_CLAIMS = 'Alle Behauptungen von A bis Z';

/** The list of every change: its page title and the sentences that name that page. */
const CHANGES = 'Änderungen';

/** A count as German readers write it: 1.000, not 1000. */
const formatCount = (count: number) => new Intl.NumberFormat(LOCALE).format(count);

/** The page about sources and method, as the navigation and the footer name it (its MDX title says the same). */
const SOURCES_AND_METHOD = 'Quellen und Methode';

/** Wraps text in German quotation marks. */
export const quoted = (text: string): string => `„${text}“`;

/** „a, b und c“. */
const germanList = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} und ${items.at(-1) ?? ''}`;

/** Topics a claim can belong to: the closed list the content schema accepts. */
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

/**
 * Links to a passage and the buttons that copy them (headings and quotations), with the
 * messages of every copy button (the citation box's too). A block of its own because the copy
 * code imports its messages when a reader first copies, and nothing else from this module.
 */
export const copyLinkStrings = {
  /** Visible text of every copy button; the accessible name adds which passage. */
  button: 'Link kopieren',
  section: (heading: string) => `Abschnitt „${heading}“`,
  /** A quotation is named by its speaker; a quoted claim has none and uses the `claimQuote…` names. */
  quoteLink: (speaker: string) => `Link zum Zitat von ${speaker}`,
  quote: (speaker: string) => `Zitat von ${speaker}`,
  claimQuoteLink: 'Link zur zitierten Behauptung',
  claimQuote: 'zitierte Behauptung',
  copied: 'Link kopiert',
  failed: 'Kopieren nicht möglich. Die Adresse steht jetzt in der Adresszeile des Browsers.',
  /** The citation box's button (its label is `ui.cite.copy`). */
  citationCopied: 'Zitierangaben kopiert',
  citationFailed: 'Kopieren nicht möglich. Bitte markieren Sie den Text und kopieren Sie ihn selbst.',
};

/**
 * The site search: the box in the header, its results and the search page. A block of its own
 * because the browser code imports it when a reader first uses the search, and nothing else
 * from this module.
 */
export const searchStrings = {
  label: 'Suche',
  inputLabel: 'Behauptungen und Zitate durchsuchen',
  placeholder: 'Suchen, z.\u00a0B. Diagnosedaten',
  submit: 'Suchen',
  /** Kinds of indexed pages: shown above each result and stored as a filter. */
  pageTypes: {
    claim: 'Behauptung',
    context: 'Einordnung',
    glossary: 'Begriff',
    page: 'Über diese Website',
  },
  resultsLabel: 'Suchergebnisse',
  sectionsLabel: (title: string) => `Passende Abschnitte in „${title}“`,
  answerLabel: 'Microsofts Antwort in einem Satz:',
  loading: 'Die Suche wird geladen …',
  results: (count: number, query: string) =>
    count === 1 ? `1 Ergebnis für „${query}“` : `${String(count)} Ergebnisse für „${query}“`,
  topicResults: (count: number) =>
    count === 1 ? `1 Seite zu den gewählten Themen` : `${String(count)} Seiten zu den gewählten Themen`,
  noResults: (query: string) =>
    `Keine Ergebnisse für „${query}“. Versuchen Sie ein anderes oder kürzeres Wort, oder sehen Sie sich alle Behauptungen von A bis Z an.`,
  failed:
    'Die Suche konnte nicht geladen werden. Laden Sie die Seite neu, oder sehen Sie sich alle Behauptungen von A bis Z an.',
  devWithoutIndex:
    'Im Entwicklungsmodus durchsucht die Suche den letzten Build, und es gibt noch keinen. Führen Sie einmal „npm run build“ aus und laden Sie die Seite neu.',
  allResults: (query: string) => `Alle Ergebnisse für „${query}“ auf der Suchseite`,
  allClaims: ALL_CLAIMS,
  topicsLegend: 'Nur diese Themen',
} as const;

export const ui = {
  skipLink: 'Zum Inhalt springen',
  nav: {
    label: 'Hauptnavigation',
    home: 'Start',
    claims: 'Behauptungen',
    statement: 'Stellungnahme',
    sources: SOURCES_AND_METHOD,
    context: 'Einordnung',
    glossary: 'Begriffe',
  },
  search: searchStrings,
  /** Whose position the site presents and on what text: on every page, in one wording. */
  disclosure: (published: string) =>
    `Diese Website gibt die Position von Microsoft Deutschland wieder, wie ein Bericht über ihre Stellungnahme vom ${published} sie zitiert und zusammenfasst, nicht die Sicht dieser Website. Sie ist keine unabhängige Prüfung und keine Rechtsberatung.`,
  footer: {
    label: 'Fußzeile',
    /** Before the report's title: the text every quotation is taken from. */
    textBasis: 'Textgrundlage',
    /** Between the report and the statement it reports. */
    reportOf: 'ein Bericht über die Stellungnahme',
    method: SOURCES_AND_METHOD,
    imprint: 'Impressum',
    privacy: 'Datenschutz',
    openData: 'Offene Daten',
    accessibility: 'Barrierefreiheit',
    changes: CHANGES,
  },
  claim: {
    eyebrowVerbatim: 'Behauptung, wörtlich zitiert',
    eyebrowParaphrase: 'Thema, in Worten dieser Website',
    /** Which kind of wording a claim has, as every page labels it. */
    kind: (verbatim: boolean) => (verbatim ? ui.claim.eyebrowVerbatim : ui.claim.eyebrowParaphrase),
    paraphraseNote:
      'Die Überschrift nennt das Thema in Worten dieser Website. Der Bericht zitiert hier keine Behauptung, sondern nur Microsofts Antwort.',
    /** Microsoft's verdict as a sentence that says whose it is: never a rating of this site. */
    verdicts: { falsch: 'Microsoft Deutschland nennt diese Behauptung falsch.' },
    summaryLabel: 'Microsofts Antwort in einem Satz',
    summaryNote: '(redaktionelle Zusammenfassung)',
    answerHeading: 'Die Antwort von Microsoft Deutschland',
    sourceHeading: 'Quelle',
    sourceIntro: 'Die Zitate auf dieser Seite sind wörtlich aus diesem Bericht über die Stellungnahme übernommen:',
    statementIntro: 'Die Stellungnahme, aus der der Bericht zitiert:',
    updated: 'Stand',
    pageUrl: 'Adresse dieser Seite',
    relatedHeading: 'Verwandte Behauptungen',
    pagerLabel: 'Weitere Behauptungen',
    previous: 'Vorherige Behauptung',
    next: 'Nächste Behauptung',
    topicsLabel: 'Themen',
  },
  context: {
    /** Shown near the top of every claim page. */
    dated: (published: string) => `Stellungnahme vom ${published}`,
    heading: 'Einordnung',
    asideIntro: (published: string) =>
      `Die Stellungnahme wurde im ${published} veröffentlicht. Diese Ereignisse davor und danach betreffen das Thema dieser Seite; sie sind nicht Teil der Stellungnahme und keine Bewertung.`,
    asideEmpty: (published: string) =>
      `Die Stellungnahme wurde im ${published} veröffentlicht. Die Zeitleiste dieser Website ordnet dieser Seite kein Ereignis zu; das heißt nicht, dass seitdem nichts geschehen ist.`,
    timelineLink: 'Alle Ereignisse in der Zeitleiste',
    sourcesLabel: 'Quelle',
    statementMark: 'Diese Stellungnahme',
    pageTitle: 'Einordnung: Ereignisse vor und nach der Stellungnahme',
    pageDescription: (published: string) =>
      `Eine Zeitleiste zur Stellungnahme von Microsoft Deutschland vom ${published}: ausgewählte Ereignisse davor und danach, jeweils mit Quelle.`,
    pageIntro: (published: string) =>
      `Die Stellungnahme von Microsoft Deutschland wurde im ${published} veröffentlicht. Die Zeitleiste zeigt ausgewählte Ereignisse davor und danach, mit Datum und Quelle, ohne Bewertung, wer recht hat. Die Ereignisse sind nicht Teil der Stellungnahme.`,
    timelineLabel: 'Zeitleiste',
    claimsHeading: 'Die Einordnung auf den Seiten der Behauptungen',
  },
  quote: {
    /** In a quotation's caption, before the publisher of the report: „(zitiert nach …)“. */
    quotedFrom: 'zitiert nach',
    /** Who „speaks“ in a quoted claim: nobody the report names. */
    claimCaption: 'Behauptung, gegen die sich Microsoft Deutschland wendet',
  },
  summary: {
    label: 'Sinngemäß wiedergegeben, kein wörtliches Zitat',
  },
  anchor: {
    /** Accessible name of the link next to a heading. */
    label: (heading: string) => `Link zum Abschnitt „${heading}“`,
  },
  copyLink: copyLinkStrings,
  /** The versions of a page: its list of them, and each version's own page. */
  versions: {
    /** How lists of changes and citations name the start page, whose heading is a question. */
    startPage: 'Startseite',
    stand: 'Stand',
    /** The list on every page with versions. */
    heading: 'Fassungen dieser Seite',
    /** Before a version's date, in lists of versions. */
    versionOf: 'Fassung vom',
    /** A version's own page. */
    title: (date: string, page: string) => `Fassung vom ${date}: ${page}`,
    earlierLabel: 'Frühere Fassung',
    currentLabel: 'Aktuelle Fassung',
    earlier: (date: string, current: string) =>
      `Dies ist eine frühere Fassung dieser Seite, veröffentlicht am ${date}. Seitdem hat sich die Seite geändert; ihre aktuelle Fassung ist vom ${current}.`,
    current: (date: string) =>
      `Dies ist die aktuelle Fassung dieser Seite, veröffentlicht am ${date}. Unter dieser Adresse bleibt sie so, auch wenn sich die Seite später ändert.`,
    toCurrent: 'Zur Seite in ihrer aktuellen Fassung',
    note: 'Was sich geändert hat',
    diffHeading: (date: string) => `Änderungen gegenüber der Fassung vom ${date}`,
    diffIntro:
      'Nur die geänderten Absätze, Wort für Wort: Gestrichenes ist durchgestrichen, Eingefügtes unterstrichen.',
    firstVersion: 'Dies ist die erste Fassung dieser Seite; es gibt keine frühere, mit der sie sich vergleichen ließe.',
    textHeading: 'Text dieser Fassung',
    /** Read out before deleted and inserted words; hidden on screen and paper, where the lines show it. */
    deleted: 'gestrichen:',
    inserted: 'eingefügt:',
    allHeading: 'Alle Fassungen dieser Seite',
    /** Marks the version a reader is on in the list of all versions. */
    shown: '(diese Fassung)',
  },
  /** The page /aenderungen/ and its feed. */
  changeLog: {
    title: CHANGES,
    description: 'Jede Fassung der Seiten dieser Website, die jüngste zuerst – auch als RSS-Feed.',
    /** Which pages the list and the feed cover, named from the pages that have versions. */
    covered: (start: boolean, claims: number, pages: readonly string[]) =>
      germanList([
        ...(start ? [`die Startseite`] : []),
        ...(claims === 1 ? [`die Seite der Behauptung`] : []),
        ...(claims > 1 ? [`die Seiten aller ${formatCount(claims)} Behauptungen`] : []),
        ...(pages.length === 1 ? [`die Seite ${germanList(pages.map(quoted))}`] : []),
        ...(pages.length > 1 ? [`die Seiten ${germanList(pages.map(quoted))}`] : []),
      ]),
    intro: (covered: string) =>
      `Jede Fassung dieser Seiten, die jüngste zuerst: ${covered}. Jeder Eintrag führt zu der Fassung, die er nennt; dort steht ihr Text und, Wort für Wort, was sich gegenüber der Fassung davor geändert hat.`,
    notCovered:
      'Keine Fassungen führen die Liste „Alle Behauptungen von A bis Z“ (jeder Eintrag wiederholt nur Wortlaut und Antwort einer Behauptung, deren Seite Fassungen führt), die Suche und diese Liste selbst.',
    feed: 'Änderungen als RSS-Feed abonnieren',
    feedIntro: 'Wer keine Änderung verpassen will, kann sie mit einem Feed-Reader verfolgen:',
    listLabel: 'Alle Änderungen',
    /** The feed's name, as browsers and feed readers show it. */
    feedTitle: (site: string) => `${site}: Änderungen`,
    /** The feed's description: it carries up to `length` of the newest versions, the page all of them. */
    feedDescription: (length: number, covered: string) =>
      `Die jüngsten Fassungen (bis zu ${formatCount(length)}) der Seiten der Website über die Stellungnahme von Microsoft Deutschland zu Microsoft 365, die jüngste zuerst: ${covered}. Alle stehen auf der Seite „${CHANGES}“.`,
    /** One feed item: which page changed and how. */
    itemTitle: (page: string, change: string) => `${page} – ${change}`,
  },
  /** The page /auf-einen-blick/: every claim in one table. */
  overview: {
    title: 'Auf einen Blick',
    description: (published: string) =>
      `Alle Behauptungen, gegen die sich Microsoft Deutschland in der Stellungnahme vom ${published} wendet, in einer Tabelle: Microsofts Bewertung, Antwort in einem Satz und spätere Ereignisse.`,
    intro:
      'Die Tabelle zeigt jede Behauptung, wie der Bericht über die Stellungnahme sie wiedergibt, mit Microsofts Antwort in einem Satz. Eine Bewertung steht nur dort, wo die Quelle sie nennt. Die Ereignisse der Einordnung sind nicht Teil der Stellungnahme.',
    caption: 'Die Behauptungen und Microsofts Antworten',
    claim: 'Behauptung',
    verdict: 'Bewertung durch Microsoft',
    answer: 'Microsofts Antwort in einem Satz',
    answerHint: '(redaktionelle Zusammenfassung)',
    events: 'Einordnung',
    page: 'Seite',
    /** A topic the report quotes no claim for, named in the site's words: marked in the table. */
    paraphrase: 'in Worten dieser Website',
    noVerdict: '–',
    noVerdictLabel: 'Die Quelle nennt keine Bewertung.',
    noEvents: '–',
    noEventsLabel: 'Keine Ereignisse verzeichnet.',
    toPage: 'Zur Seite',
    home: 'Alle Behauptungen auf einen Blick',
  },
  /** The glossary page /begriffe/. */
  glossary: {
    title: 'Begriffe',
    description:
      'Begriffe aus der Stellungnahme von Microsoft Deutschland und ihrem Umfeld, kurz erklärt und jeweils mit Quelle: DS-GVO, Standardvertragsklauseln, Schrems II, Datenschutzkonferenz und weitere.',
    intro:
      'Begriffe, die in der Stellungnahme und auf dieser Website vorkommen, in ein bis zwei Sätzen erklärt – jeweils mit der Quelle, auf der die Erklärung beruht. Die Erklärungen sind redaktionelle Zusammenfassungen dieser Website, keine Aussagen von Microsoft und keine Rechtsberatung.',
    tocLabel: 'Begriffe von A bis Z',
    otherNames: 'Auch',
    sources: 'Quelle',
    claims: 'Wichtig für',
  },
  /** The „Zitieren“ box on every page with versions; the citations themselves are put together in the data module. */
  cite: {
    heading: 'Zitieren',
    intro:
      'So lassen sich diese Seite in ihrer aktuellen Fassung und ein Zitat aus der Stellungnahme nach dem Bericht zitieren. Beim Kopieren wird für diese Seite das heutige Datum als Abrufdatum eingesetzt.',
    reportLabel: 'Ein Zitat aus der Stellungnahme',
    pageLabel: 'Diese Seite',
    /** What kind of document the statement is, after its title. */
    statementKind: 'Stellungnahme',
    /** Before the address where the statement was published: nobody here retrieved it, so no access date. */
    publishedAt: 'veröffentlicht unter',
    /** Joins the statement to the report a quotation was taken from. */
    quotedFrom: 'Zitiert nach',
    /** The day this site's quotations were compared with the report, from the sources register. */
    checked: (date: string) => `Wortlaut der Zitate abgeglichen am ${date}`,
    /** Added to a claim's wording when it is our wording of the topic. */
    paraphrase: 'Formulierung dieser Website',
    /** After the operator: the site's publisher. */
    editor: 'Hrsg.',
    /** Links a page's title to the site it appears on. */
    in: 'In',
    updated: 'Stand',
    accessed: 'abgerufen am',
    /** Shown until the copy button fills in the reader's date. */
    accessedPlaceholder: '[Datum des Abrufs]',
    copy: 'Zitierangaben kopieren',
  },
  /** Preview images for messengers and social networks, and their descriptions. */
  preview: {
    siteEyebrow: (published: string) => `Die Stellungnahme von Microsoft Deutschland, ${published}`,
    claimAlt: (claim: string) => `Vorschaubild: die Behauptung ${claim} und Microsofts Antwort in einem Satz`,
    siteAlt: (question: string, answer: string) =>
      `Vorschaubild: ${question} Die Antwort von Microsoft Deutschland: ${answer}`,
  },
  /** The page /daten/, the CSV headers and the field descriptions of the JSON Schema. */
  openData: {
    title: 'Offene Daten',
    description:
      'Die Behauptungen dieser Website mit Microsofts Antworten, Zitaten und Quellen als JSON- und CSV-Datei zum Weiterverwenden.',
    intro:
      'Was diese Website zeigt, gibt es auch als Datendateien: erzeugt aus denselben Inhalten wie die Seiten, bei jeder Veröffentlichung neu. „Stand“ nennt für jede Behauptung den Tag der jüngsten Fassung ihrer Seite.',
    datasetTitle: 'Microsofts Stellungnahme zu Microsoft 365 – Behauptungen und Antworten',
    jsonHeading: 'JSON',
    jsonFile: 'behauptungen.json',
    jsonText:
      'Eine Datei mit allen Behauptungen dieser Website, unter „events“ den Ereignissen der Einordnung und unter „terms“ den Begriffen. Ihr Aufbau ist als JSON Schema beschrieben:',
    schemaFile: 'behauptungen.schema.json',
    fieldsCaption: 'Felder einer Behauptung in der JSON-Datei',
    termFieldsCaption: 'Felder eines Begriffs in der JSON-Datei (unter „terms“)',
    fieldHeader: 'Feld',
    meaningHeader: 'Bedeutung',
    csvHeading: 'CSV für Tabellenprogramme',
    csvFile: 'behauptungen.csv',
    csvText:
      'Eine Zeile je Behauptung, mit deutschen Spaltenüberschriften. Zeichensatz UTF-8 mit Byte Order Mark (BOM), Trennzeichen Semikolon (;), jedes Feld in doppelten Anführungszeichen, Zeilenende CRLF. Mehrere Zitate oder Quellen stehen in einer Zelle, durch Zeilenumbrüche getrennt. So öffnen Tabellenprogramme wie Excel (in deutscher Spracheinstellung) und LibreOffice Calc die Datei mit Umlauten und Spalten richtig.',
    columnsCaption: 'Spalten der CSV-Datei',
    columnHeader: 'Spalte',
    licenceHeading: 'Lizenz',
    licenceText: 'Für beide Dateien gilt:',
    quotesNote:
      'Die Zitate sind Äußerungen von Microsoft Deutschland und Wolfgang Döring, wörtlich so, wie der Bericht über die Stellungnahme sie wiedergibt; bei jedem Zitat sind Sprecher und Quelle angegeben.',
    yes: 'ja',
    no: 'nein',
    /** CSV column headers, in column order. */
    columns: {
      id: 'ID',
      url: 'Adresse',
      wording: 'Behauptung',
      verbatim: 'Wörtlich zitiert',
      verdict: 'Bewertung durch Microsoft Deutschland',
      answer: 'Microsofts Antwort in einem Satz',
      quotations: 'Zitate',
      sources: 'Quellen',
      updated: 'Stand',
      events: 'Einordnung',
    },
    /** Where a CSV column says it differently from the JSON field of the same name. */
    csvFields: {
      verbatim:
        '„ja“, wenn die Behauptung wörtlich zitiert ist; „nein“, wenn der Bericht keine Behauptung zitiert und die Zeile das Thema in Worten dieser Website nennt.',
      verdict: 'Microsofts eigene Bewertung der Behauptung, nur wo die Quelle sie nennt („falsch“), sonst leer.',
      quotations: 'Microsofts Zitate auf der Seite, je Zeile eines: „Zitat“ – Sprecher, Funktion.',
      sources: 'Adressen aller Quellen, auf die sich die Seite stützt, je Zeile eine.',
      events: 'Ereignisse der Einordnung zu dieser Behauptung, je Zeile eines: Datum, dann was geschah.',
    },
    /** Descriptions of the data fields: in the JSON Schema and on /daten/. */
    fields: {
      dataset:
        'Die Behauptungen, gegen die sich Microsoft Deutschland laut einem Bericht über die Stellungnahme wendet, mit Microsofts Antworten. Der Bericht gibt Auszüge wieder, nicht die ganze Stellungnahme.',
      schema: 'Adresse des JSON Schemas, das diese Datei beschreibt.',
      title: 'Name des Datensatzes.',
      page: 'Adresse der Seite, die diese Datei beschreibt.',
      license:
        'Lizenz der Datei, wie der Betreiber sie festlegt. „[Platzhalter: …]“, solange sie nicht eingetragen ist.',
      licenseName: 'Name der Lizenz.',
      licenseUrl: 'Adresse des Lizenztexts, oder null.',
      statement: 'Die Stellungnahme, deren Position diese Website nach einem Bericht wiedergibt.',
      statementTitle: 'Titel der Stellungnahme.',
      publisher: 'Wer sie veröffentlicht hat.',
      published: 'Wann sie erschienen ist, so genau die Quellen es übereinstimmend nennen.',
      statementUrl: 'Adresse der Stellungnahme.',
      datasetUpdated: 'Der jüngste „Stand“ aller Behauptungen (JJJJ-MM-TT).',
      claims: 'Die Behauptungen in der Reihenfolge, in der der Bericht sie wiedergibt.',
      id: 'Kennung der Behauptung; auch der letzte Teil ihrer Adresse. Ändert sich nie.',
      url: 'Adresse der Seite dieser Behauptung.',
      wording:
        'Die Behauptung, wörtlich aus der Quelle, oder das Thema in Worten dieser Website, wo der Bericht keine Behauptung zitiert.',
      verbatim:
        'true, wenn die Behauptung wörtlich zitiert ist; false, wenn „wording“ das Thema in Worten dieser Website nennt.',
      verdict: 'Microsofts eigene Bewertung der Behauptung, nur wo die Quelle sie nennt („falsch“), sonst null.',
      answer: 'Microsofts Antwort in einem Satz: eine redaktionelle Zusammenfassung, kein Zitat.',
      quotations: 'Microsofts Zitate auf der Seite, in ihrer Reihenfolge, wörtlich aus der Quelle.',
      quotationId: 'Kennung des Zitats im Zitatregister.',
      quotationText: 'Das Zitat, Wort für Wort.',
      speaker: 'Wer es gesagt hat; null bei einer zitierten Behauptung.',
      speakerName: 'Name der Person oder Organisation.',
      speakerRole: 'Funktion, wie die Quelle sie nennt, oder null bei einer Organisation.',
      quotationUrl: 'Adresse des Zitats auf der Seite (mit Anker).',
      quotationSource: 'Adresse der Quelle, aus der der Wortlaut stammt.',
      sources: 'Adressen aller Quellen, auf die sich die Seite stützt.',
      updated: '„Stand“: der Tag der jüngsten Fassung der Seite (JJJJ-MM-TT).',
      versions: 'Die Fassungen der Seite, die jüngste zuerst; jede bleibt unter ihrer Adresse lesbar.',
      versionDate: 'Tag der Fassung (JJJJ-MM-TT).',
      versionNote: 'Was sich gegenüber der Fassung davor geändert hat.',
      versionUrl: 'Adresse der Fassung.',
      topics: 'Themen der Behauptung.',
      events: 'Kennungen der Ereignisse (unter „events“), die diese Behauptung einordnen.',
      timeline:
        'Die Einordnung: Ereignisse vor und nach der Stellungnahme, älteste zuerst. Sie sind nicht Teil von Microsofts Aussagen.',
      eventId: 'Kennung des Ereignisses.',
      eventDate: 'Datum: JJJJ-MM-TT, oder JJJJ-MM, wo die Quellen nur den Monat übereinstimmend nennen.',
      eventText: 'Was geschah, in einem Satz.',
      eventStatement: 'true für die Stellungnahme, die diese Website darstellt.',
      eventSources: 'Adressen der Quellen, in denen sich das Ereignis nachprüfen lässt.',
      glossary:
        'Die Begriffe: Erklärungen dieser Website zu Begriffen aus der Stellungnahme und ihrem Umfeld, von A bis Z. Sie sind nicht Teil von Microsofts Aussagen.',
      termId: 'Kennung des Begriffs; auch sein Anker auf der Seite „Begriffe“. Ändert sich nie.',
      termUrl: 'Adresse des Eintrags auf der Seite „Begriffe“ (mit Anker).',
      term: 'Der Begriff.',
      termNames: 'Andere Bezeichnungen für denselben Begriff, z.\u00a0B. Abkürzungen.',
      termText:
        'Was der Begriff im Zusammenhang der Stellungnahme bedeutet: eine redaktionelle Erklärung in ein bis zwei Sätzen.',
      termSources: 'Adressen der Quellen, auf denen die Erklärung beruht.',
      termClaims: 'Kennungen der Behauptungen (unter „claims“), für die der Begriff wichtig ist.',
    },
  },
  home: {
    /** One line under the site's name, and the default description of a page. */
    tagline: (published: string, reporter: string) =>
      `Was ein Bericht von ${reporter} aus der Stellungnahme von Microsoft Deutschland vom ${published} zu Microsoft 365 und Microsoft Teams wiedergibt: die Behauptungen, gegen die sich Microsoft wendet, und Microsofts Antworten, mit wörtlichen Zitaten und Quellen.`,
    question: 'Sind Microsoft 365 und Microsoft Teams datenschutzkonform?',
    /** Under the heading: whose question it is; the link to the Einordnung follows. */
    questionSource: (published: string) =>
      `So fragt Microsoft Deutschland im Titel seiner Stellungnahme vom ${published}. Was davor und danach geschah, zeigt die`,
    contextLink: 'Einordnung',
    answerIntro: 'Die Antwort von Microsoft Deutschland:',
    claimsHeading: 'Die Behauptungen und Microsofts Antworten, wie der Bericht sie wiedergibt',
    readStatement: 'Alle Teile in der Reihenfolge des Berichts',
    /** Under the start page's list when it shows only the first claims. */
    moreClaims: (shown: number, total: number) =>
      `Das sind die ersten ${formatCount(shown)} von ${formatCount(total)} Behauptungen in der Reihenfolge des Berichts. Alle zeigen die Seiten, die hier verlinkt sind:`,
  },
  claimsIndex: {
    title: ALL_CLAIMS,
    lettersLabel: 'Anfangsbuchstaben',
    intro:
      'Jede Behauptung dieser Website mit Microsofts Antwort in einem Satz. Die Website zeigt, was ein Bericht über die Stellungnahme wiedergibt, nicht die ganze Stellungnahme.',
  },
  statement: {
    title: 'Die Stellungnahme in der Reihenfolge des Berichts',
    intro:
      'Die Teile der Stellungnahme, die der Bericht wiedergibt, in seiner Reihenfolge. Jeder Teil führt zu seiner eigenen Seite.',
    tocLabel: 'Teile der Stellungnahme im Bericht',
    toClaim: (claim: string) => `Zur Seite „${claim}“`,
  },
  searchPage: {
    title: 'Suche',
    description: 'Behauptungen, Abschnitte und Zitate dieser Website durchsuchen.',
    noScript:
      'Die Volltextsuche braucht JavaScript. Ohne JavaScript finden Sie hier alle Behauptungen von A bis Z mit Microsofts Antwort in einem Satz.',
    unavailable:
      'Die Volltextsuche konnte nicht geladen werden (etwa weil ein Filter sie blockiert oder die Verbindung fehlt). Hier finden Sie alle Behauptungen von A bis Z mit Microsofts Antwort in einem Satz.',
  },
  notFound: {
    title: 'Seite nicht gefunden',
    text: 'Unter dieser Adresse gibt es keine Seite. Vielleicht hilft einer dieser Wege weiter:',
    home: 'Zur Startseite',
    claims: ALL_CLAIMS,
  },
  placeholder: (label: string) => `[Platzhalter: ${label}]`,
  placeholderNote:
    'Die mit „Platzhalter“ markierten Angaben sind noch nicht eingetragen. Der Betreiber trägt sie vor der Veröffentlichung in der Konfigurationsdatei ein.',
} as const;
