/**
 * Every German label of the interface: one module, so wording and typography stay consistent
 * („…“ quotes, no-break spaces as in „z. B.“). Content (claims, quotations, sources, topics)
 * lives under `content/` and in the schemas, dates are formatted by the dates module, and the
 * open data's field descriptions stand with the open data.
 */
import { LOCALE } from './locale';
import type { Choices, Placeholder } from './site.config';

/**
 * The link to the A–Z list, its page title and every sentence that points to it. Two of the pages
 * are topics, not claims: the report quotes no claim there, only Microsoft's answer.
 */
const ALL_CLAIMS = 'Alle Behauptungen und Themen von A bis Z';

/** The list of every change: its page title and the sentences that name that page. */
const CHANGES = 'Änderungen';

/** A count as German readers write it: 1.000, not 1000. */
const formatCount = (count: number) => new Intl.NumberFormat(LOCALE).format(count);

/** The page about sources and method, as the navigation and the footer name it (its MDX title says the same). */
const SOURCES_AND_METHOD = 'Quellen und Methode';

/** Wraps text in German quotation marks. */
export const quoted = (text: string): string => `„${text}“`;

/**
 * A title (of a report, a post or a document) as it stands in running text: in „…“, with the
 * quotation marks inside it turned into ‚…‘, so a reader, a screen reader and a copy can tell
 * the title from the sentence around it.
 */
export const titled = (title: string): string => quoted(title.replaceAll('„', '‚').replaceAll('“', '‘'));

/** „a, b und c“. */
const germanList = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} und ${items.at(-1) ?? ''}`;

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
    `Keine Ergebnisse für „${query}“. Versuchen Sie ein anderes oder kürzeres Wort, oder sehen Sie sich alle Behauptungen und Themen von A bis Z an.`,
  failed:
    'Die Suche konnte nicht geladen werden. Laden Sie die Seite neu, oder sehen Sie sich alle Behauptungen und Themen von A bis Z an.',
  devWithoutIndex:
    'Im Entwicklungsmodus durchsucht die Suche den letzten Build, und es gibt noch keinen. Führen Sie einmal „npm run build“ aus und laden Sie die Seite neu.',
  allResults: (query: string) => `Alle Ergebnisse für „${query}“ auf der Suchseite`,
  allClaims: ALL_CLAIMS,
  topicsLegend: 'Nur diese Themen',
} as const;

/**
 * The pages' labels. Only the server renders them; the scripts import `searchStrings` and
 * `copyLinkStrings` from this module, and the bundler drops `ui` from their files only while
 * building it calls nothing: write `„${…}“`, not `quoted(…)`, outside its functions (a call
 * once put all of it, 22 KiB, into every page's download).
 */
export const ui = {
  skipLink: 'Zum Inhalt springen',
  nav: {
    label: 'Hauptnavigation',
    home: 'Start',
    claims: 'Behauptungen und Themen',
    statement: 'Stellungnahme (Auszüge)',
    sources: SOURCES_AND_METHOD,
    context: 'Einordnung',
    glossary: 'Begriffe',
  },
  search: searchStrings,
  /**
   * Whose position the site presents and on what text: on every page, in one wording. Microsoft
   * Deutschland is neuter throughout the site („seine Stellungnahme“).
   */
  disclosure: (published: string, reporter: string) =>
    `Diese Website dokumentiert die Position von Microsoft Deutschland, wie Berichte über seine Stellungnahme vom ${published} sie zitieren und zusammenfassen, vor allem der Bericht von ${reporter}. Sie gibt nicht die Sicht dieser Website wieder und ist keine unabhängige Prüfung und keine Rechtsberatung.`,
  footer: {
    label: 'Fußzeile',
    /** Before the report's title: the text most quotations are taken from. */
    textBasis: 'Textgrundlage',
    /** Between the report and the statement it reports; the statement's words are the link. */
    reportOf: 'ein Bericht über die',
    statementLink: 'Stellungnahme von Microsoft Deutschland',
    statementDate: (published: string) => `vom ${published}`,
    reports: 'Berichte über die Stellungnahme',
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
    /** Microsoft's stance as a sentence that says whose it is, as the report gives it: never a rating of this site. */
    verdicts: {
      falsch: 'Microsoft Deutschland nennt diese Behauptung falsch.',
      widerspricht: 'Microsoft Deutschland wendet sich gegen diese Behauptung.',
    },
    summaryLabel: 'Microsofts Antwort in einem Satz',
    summaryNote: '(redaktionelle Zusammenfassung)',
    answerHeading: 'Die Antwort von Microsoft Deutschland',
    sourceHeading: 'Quelle',
    /** Before the list of reports a page's quotations and summaries come from. */
    sourceIntro: (count: number) =>
      count === 1
        ? 'Zitate und Zusammenfassungen auf dieser Seite folgen diesem Bericht über die Stellungnahme:'
        : 'Zitate und Zusammenfassungen auf dieser Seite folgen diesen Berichten über die Stellungnahme:',
    /** Before the title of Microsoft's web post: the statement itself is not available to the site. */
    statementIntro: (published: string) =>
      `Die Stellungnahme selbst liegt dieser Website nicht vor. Microsoft Deutschland veröffentlichte sie im ${published} mit dem Beitrag`,
    updated: 'Stand',
    pageUrl: 'Adresse dieser Seite',
    relatedHeading: 'Verwandte Behauptungen und Themen',
    pagerLabel: 'Weitere Behauptungen und Themen',
    /** The pager names what the neighbour is: a quoted claim, or a topic in the site's words. */
    previous: (verbatim: boolean) => (verbatim ? 'Vorherige Behauptung' : 'Vorheriges Thema'),
    next: (verbatim: boolean) => (verbatim ? 'Nächste Behauptung' : 'Nächstes Thema'),
    topicsLabel: 'Themen',
  },
  context: {
    /** Shown near the top of every claim page. */
    dated: (published: string) => `Stellungnahme vom ${published}`,
    heading: 'Einordnung',
    asideIntro: (published: string) =>
      `Die Stellungnahme wurde im ${published} veröffentlicht. Diese Ereignisse davor und danach betreffen das Thema dieser Seite; sie sind nicht Teil der Stellungnahme und keine Bewertung.`,
    asideEmpty: (published: string) =>
      `Die Stellungnahme wurde im ${published} veröffentlicht. Die Zeitleiste dieser Website ordnet dieser Seite kein eigenes Ereignis zu; das heißt nicht, dass seitdem nichts geschehen ist. Ereignisse zu Microsoft 365 insgesamt zeigt die Zeitleiste.`,
    /** The aside's list of events: named apart from the aside's heading, which names the aside. */
    asideListLabel: 'Ereignisse zum Thema dieser Seite',
    /** When the timeline was last checked against its sources. */
    checked: 'Stand der Einordnung',
    timelineLink: 'Alle Ereignisse in der Zeitleiste',
    sourcesLabel: (count: number) => (count === 1 ? 'Quelle' : 'Quellen'),
    /** After the statement's title in the timeline, in parentheses. */
    statementMark: 'um sie geht es auf dieser Website',
    pageTitle: 'Einordnung: Ereignisse vor und nach der Stellungnahme',
    pageDescription: (published: string) =>
      `Eine Zeitleiste zur Stellungnahme von Microsoft Deutschland vom ${published}: ausgewählte Ereignisse davor und danach, jeweils mit Quelle.`,
    pageIntro: (published: string) =>
      `Die Stellungnahme von Microsoft Deutschland wurde im ${published} veröffentlicht. Die Zeitleiste zeigt ausgewählte Ereignisse davor und danach, mit Datum und Quelle, ohne Bewertung, wer recht hat: Jede Feststellung ist der Stelle zugeschrieben, die sie getroffen hat, jede Aussage von Microsoft Microsoft. Die Ereignisse sind nicht Teil der Stellungnahme.`,
    timelineLabel: 'Zeitleiste',
    claimsHeading: 'Die Einordnung auf den Seiten der Behauptungen und Themen',
  },
  quote: {
    /** In a quotation's caption, before the publisher of the report: „(zitiert nach …)“. */
    quotedFrom: 'zitiert nach',
    /** Who „speaks“ in a quoted claim: nobody the report names. */
    claimCaption: 'Behauptung, gegen die sich Microsoft Deutschland wendet',
    /** Other reports that print the same words: independent confirmation of the wording. */
    alsoVerbatim: 'Wortgleich auch in',
    /** Other reports that print a part of the words, word for word, and leave the rest out. */
    alsoInPart: 'Teile davon wortgleich auch in',
    /** A report that prints the quotation in other words: shown as it prints them, never merged. */
    variant: 'Abweichender Wortlaut in',
  },
  summary: {
    /** Names the report the summary follows: what it reports in indirect speech, in the site's words. */
    label: (publisher: string) => `Sinngemäß nach ${publisher}, kein wörtliches Zitat`,
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
    notCovered: `Keine Fassungen führen die Liste „${ALL_CLAIMS}“ (jeder Eintrag wiederholt nur Wortlaut und Antwort einer Behauptung oder eines Themas, deren Seite Fassungen führt), die Suche und diese Liste selbst.`,
    feed: 'Änderungen als RSS-Feed abonnieren',
    feedIntro: 'Wer keine Änderung verpassen will, kann sie mit einem Feed-Reader verfolgen:',
    listLabel: 'Alle Änderungen',
    /** The feed's name, as browsers and feed readers show it. */
    feedTitle: (site: string) => `${site}: Änderungen`,
    /** The feed's description: it carries up to `length` of the newest versions, the page all of them. */
    feedDescription: (site: string, length: number, covered: string) =>
      `Die jüngsten Fassungen (bis zu ${formatCount(length)}) der Seiten der Website „${site}“, die jüngste zuerst: ${covered}. Alle stehen auf der Seite „${CHANGES}“.`,
    /** One feed item: which page changed and how. */
    itemTitle: (page: string, change: string) => `${page} – ${change}`,
  },
  /** The page /auf-einen-blick/: every claim in one table. */
  overview: {
    title: 'Auf einen Blick',
    description: (published: string) =>
      `Die Behauptungen und Themen, die der Bericht über die Stellungnahme von Microsoft Deutschland vom ${published} wiedergibt, in einer Tabelle: Microsofts Haltung laut Bericht, die Antwort in einem Satz und die Ereignisse der Einordnung davor und danach.`,
    intro:
      'Die Tabelle zeigt jede Behauptung und jedes Thema dieser Website, wie der Bericht über die Stellungnahme sie wiedergibt, mit Microsofts Antwort in einem Satz. Wie Microsoft zu einer Behauptung steht, steht dort so, wie der Bericht es wiedergibt. Die Ereignisse der Einordnung sind nicht Teil der Stellungnahme.',
    caption: 'Die Behauptungen, Themen und Microsofts Antworten',
    claim: 'Behauptung oder Thema',
    verdict: 'Haltung von Microsoft laut Bericht',
    answer: 'Microsofts Antwort in einem Satz',
    answerHint: '(redaktionelle Zusammenfassung)',
    events: 'Einordnung',
    eventsHint: '(nicht Teil der Stellungnahme)',
    page: 'Seite',
    /** A topic the report quotes no claim for, named in the site's words: marked in the table. */
    paraphrase: 'in Worten dieser Website',
    /** The stance column of a topic: there is no claim to take a stance on. */
    topicVerdict: 'Keine: ein Thema, keine zitierte Behauptung.',
    noEvents: '–',
    noEventsLabel: 'Keine Ereignisse verzeichnet.',
    toPage: 'Zur Seite',
    home: 'Alle Behauptungen und Themen auf einen Blick',
  },
  /** The glossary page /begriffe/. */
  glossary: {
    title: 'Begriffe',
    description:
      'Begriffe, die auf dieser Website vorkommen, kurz erklärt und jeweils mit Quelle: DS-GVO, Standardvertragsklauseln, Schrems II, Datenschutzkonferenz und weitere.',
    intro:
      'Begriffe, die auf dieser Website vorkommen, in ein bis zwei Sätzen erklärt – jeweils so, wie die genannte Quelle sie erklärt, und mit einem Link zu ihr. Die Erklärungen sind redaktionelle Zusammenfassungen dieser Website, keine Aussagen von Microsoft und keine Rechtsberatung.',
    tocLabel: 'Begriffe von A bis Z',
    otherNames: 'Auch',
    sources: (count: number) => (count === 1 ? 'Quelle' : 'Quellen'),
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
    /** The image every page but the claim pages shares: what the site is, never Microsoft's words as its own. */
    siteEyebrow: 'Eine Dokumentation, keine Veröffentlichung von Microsoft',
    siteHeadline: (published: string) =>
      `Die Stellungnahme von Microsoft Deutschland zu Microsoft 365 und Microsoft Teams vom ${published}`,
    siteAnswerLabel: 'Auf dieser Website:',
    siteAnswer: 'Was Berichte aus der Stellungnahme zitieren und zusammenfassen – mit Quellen und Einordnung.',
    /** A claim page's image: says whether the headline is a quoted claim or a topic in the site's words. */
    claimAlt: (verbatim: boolean, wording: string) =>
      verbatim
        ? `Vorschaubild: die Behauptung ${wording} und Microsofts Antwort in einem Satz`
        : `Vorschaubild: das Thema ${wording} (in Worten dieser Website) und Microsofts Antwort in einem Satz`,
    siteAlt: (eyebrow: string, headline: string, label: string, text: string) =>
      `Vorschaubild: ${eyebrow}. ${headline}. ${label} ${text}`,
  },
  /** The page /daten/ and the CSV headers. */
  openData: {
    title: 'Offene Daten',
    description:
      'Die Behauptungen und Themen dieser Website mit Microsofts Antworten, Zitaten und Quellen als JSON- und CSV-Datei zum Weiterverwenden.',
    intro:
      'Was diese Website zeigt, gibt es auch als Datendateien: erzeugt aus denselben Inhalten wie die Seiten, bei jeder Veröffentlichung neu. „Stand“ nennt für jede Behauptung und jedes Thema den Tag der jüngsten Fassung seiner Seite.',
    /** The data set's name, derived from the site's. */
    datasetTitle: (site: string) => `${site} – Behauptungen, Themen und Antworten`,
    jsonHeading: 'JSON',
    jsonFile: 'behauptungen.json',
    jsonText:
      'Eine Datei mit allen Behauptungen und Themen dieser Website, unter „reports“ den Berichten, aus denen sie zitiert, unter „events“ den Ereignissen der Einordnung und unter „terms“ den Begriffen. Ihr Aufbau ist als JSON Schema beschrieben:',
    schemaFile: 'behauptungen.schema.json',
    fieldsCaption: 'Felder einer Behauptung oder eines Themas in der JSON-Datei',
    termFieldsCaption: 'Felder eines Begriffs in der JSON-Datei (unter „terms“)',
    fieldHeader: 'Feld',
    meaningHeader: 'Bedeutung',
    csvHeading: 'CSV für Tabellenprogramme',
    csvFile: 'behauptungen.csv',
    csvText:
      'Eine Zeile je Behauptung oder Thema, mit deutschen Spaltenüberschriften. Zeichensatz UTF-8 mit Byte Order Mark (BOM), Trennzeichen Semikolon (;), jedes Feld in doppelten Anführungszeichen, Zeilenende CRLF. Mehrere Zitate oder Quellen stehen in einer Zelle, durch Zeilenumbrüche getrennt. So öffnen Tabellenprogramme wie Excel (in deutscher Spracheinstellung) und LibreOffice Calc die Datei mit Umlauten und Spalten richtig.',
    columnsCaption: 'Spalten der CSV-Datei',
    columnHeader: 'Spalte',
    licenceHeading: 'Lizenz',
    licenceText: 'Für beide Dateien gilt:',
    quotesNote:
      'Die Zitate sind Äußerungen von Microsoft Deutschland und Wolfgang Döring, wörtlich so, wie der jeweils genannte Bericht über die Stellungnahme sie wiedergibt; bei jedem Zitat sind Sprecher und Quelle angegeben.',
    yes: 'ja',
    no: 'nein',
    /** CSV column headers, in column order. */
    columns: {
      id: 'ID',
      url: 'Adresse',
      wording: 'Behauptung oder Thema',
      verbatim: 'Wörtlich zitiert',
      verdict: 'Haltung von Microsoft laut Bericht',
      answer: 'Microsofts Antwort in einem Satz',
      quotations: 'Zitate',
      sources: 'Quellen',
      updated: 'Stand',
      events: 'Einordnung (nicht Teil der Stellungnahme)',
    },
  },
  home: {
    /** One line under the site's name, and the default description of a page. */
    tagline: (published: string, reporter: string) =>
      `Was Berichte aus der Stellungnahme von Microsoft Deutschland vom ${published} zu Microsoft 365 und Microsoft Teams wiedergeben, vor allem ein Bericht von ${reporter}: Behauptungen, gegen die sich Microsoft wendet, Themen und Microsofts Antworten, mit wörtlichen Zitaten, Quellen und Einordnung.`,
    /** How the statement was published: the web post's title follows, then `publishedEnd`. */
    published: (published: string) =>
      `Im ${published} veröffentlichte Microsoft Deutschland einen Beitrag mit dem Titel`,
    publishedEnd:
      'und verlinkte darin seine Stellungnahme. Wie Beitrag und Stellungnahme zusammenhängen, erklärt die Seite',
    /**
     * The question Microsoft's answer on the start page answers, as the report puts it (in its own
     * words, not Microsoft's): the answer is never shown under a question it does not answer.
     */
    question: (reporter: string) =>
      `Laut dem Bericht von ${reporter} antwortet Microsoft auf die Frage, ob Microsoft 365 und Microsoft Teams in Unternehmen und im öffentlichen Sektor, insbesondere im Bildungsbereich, datenschutzkonform eingesetzt werden können:`,
    /** Before the link to the Einordnung. */
    contextIntro: 'Was davor und danach geschah, zeigt die',
    contextLink: 'Einordnung',
    claimsHeading: 'Behauptungen, Themen und Microsofts Antworten, wie der Bericht sie wiedergibt',
    readStatement: 'Alle Teile in der Reihenfolge des Berichts',
    /** Under the start page's list when it shows only the first claims. */
    moreClaims: (shown: number, total: number) =>
      `Das sind die ersten ${formatCount(shown)} von ${formatCount(total)} Behauptungen und Themen in der Reihenfolge des Berichts. Alle zeigen die Seiten, die hier verlinkt sind:`,
  },
  claimsIndex: {
    title: ALL_CLAIMS,
    lettersLabel: 'Anfangsbuchstaben',
    intro:
      'Jede Behauptung und jedes Thema dieser Website mit Microsofts Antwort in einem Satz. Die Website zeigt, was Berichte über die Stellungnahme wiedergeben, nicht die ganze Stellungnahme.',
  },
  statement: {
    title: 'Die Stellungnahme in Auszügen, in der Reihenfolge des Berichts',
    intro:
      'Die Teile der Stellungnahme, die der Bericht wiedergibt, in seiner Reihenfolge, mit dem, was andere Berichte dazu wiedergeben. Die Stellungnahme selbst liegt dieser Website nicht vor. Jeder Teil führt zu seiner eigenen Seite.',
    tocLabel: 'Teile der Stellungnahme im Bericht',
    toClaim: (claim: string) => `Zur Seite „${claim}“`,
  },
  searchPage: {
    title: 'Suche',
    description: 'Behauptungen, Abschnitte und Zitate dieser Website durchsuchen.',
    noScript:
      'Die Volltextsuche braucht JavaScript. Ohne JavaScript finden Sie hier alle Behauptungen und Themen von A bis Z mit Microsofts Antwort in einem Satz.',
    unavailable:
      'Die Volltextsuche konnte nicht geladen werden (etwa weil ein Filter sie blockiert oder die Verbindung fehlt). Hier finden Sie alle Behauptungen und Themen von A bis Z mit Microsofts Antwort in einem Satz.',
  },
  notFound: {
    title: 'Seite nicht gefunden',
    text: 'Unter dieser Adresse gibt es keine Seite. Vielleicht hilft einer dieser Wege weiter:',
    home: 'Zur Startseite',
    claims: ALL_CLAIMS,
  },
  /** The page /berichte/: every report that quotes the statement, listed neutrally. */
  reports: {
    title: 'Berichte über die Stellungnahme',
    description:
      'Die Berichte, die aus der Stellungnahme von Microsoft Deutschland zitieren: Überschrift, Herausgeber, Datum, Adresse und die Worte von Microsoft, die jeder wiedergibt.',
    intro:
      'Diese Berichte zitieren die Stellungnahme oder fassen sie zusammen. Sie stehen hier mit ihrer Überschrift, ohne Bewertung: zuerst der Bericht, der die Textgrundlage dieser Website ist, dann die weiteren nach Herausgeber von A bis Z.',
    read: 'Die Berichte wurden in gespeicherten Fassungen gelesen, von denen jeweils nur der Anfang vorlag; was nach dem Ende einer Fassung steht, ist dieser Website nicht bekannt. Die Worte stehen so, wie sie dabei festgehalten wurden; „…“ und „(...)“ markieren Ausgelassenes.',
    textBasis: 'Textgrundlage dieser Website',
    publisher: 'Herausgeber',
    date: 'Datum',
    noDate: 'in der gelesenen Fassung nicht angegeben',
    address: 'Adresse',
    checked: 'Mit dieser Website abgeglichen am',
    summary:
      'Was der Bericht über die Stellungnahme schreibt (Zusammenfassung dieser Website, keine Worte des Berichts):',
    words: 'Worte von Microsoft, die der Bericht wiedergibt:',
    textBasisWords:
      'Alle Zitate dieser Website ohne anderen Bericht in der Angabe „zitiert nach“ stammen aus diesem Bericht; sie stehen auf den Seiten der Behauptungen und Themen.',
    noWords: 'In der gelesenen Fassung keine.',
    /** After a report's words: the quotation of the site they reproduce (a link), then how. */
    of: (wording: string) => `Zitat auf der Seite „${wording}“`,
    match: { wortgleich: 'wortgleich', auszug: 'Teile davon wortgleich', abweichend: 'abweichender Wortlaut' },
    listLabel: 'Berichte',
  },
  placeholder: (label: string) => `[Platzhalter: ${label}]`,
  placeholderNote:
    'Die mit „Platzhalter“ markierten Angaben sind noch nicht eingetragen. Der Betreiber trägt sie vor der Veröffentlichung in der Konfigurationsdatei ein.',
} as const;

/**
 * What the legal pages show for the operator's choices (`choices` in the site configuration):
 * the name of each option, and how a passage written for some options is marked while the
 * operator has not chosen yet. The passages themselves are prose in `content/seiten/`.
 */
export const settingsStrings = {
  options: {
    body: {
      federal: 'öffentliche Stelle des Bundes',
      state: 'öffentliche Stelle eines Landes',
      'non-public': 'nicht-öffentliche Stelle',
    },
    dataProtectionOfficer: { designated: 'benannt', none: 'nicht benannt' },
    server: {
      nginx: 'eigener Server mit der mitgelieferten nginx-Konfiguration',
      cdn: 'Hosting-Plattform wie Netlify oder Cloudflare Pages',
    },
    transfer: {
      none: 'keine Übermittlung',
      adequacy: 'Übermittlung auf Grund eines Angemessenheitsbeschlusses',
      scc: 'Übermittlung mit Standardvertragsklauseln',
    },
    accessibility: { full: 'vollständig vereinbar', partial: 'teilweise vereinbar', none: 'nicht vereinbar' },
  } satisfies { [Name in keyof Choices]: Record<Exclude<Choices[Name], Placeholder>, string> },
  /** Above a passage that applies only to some options, while the operator has not chosen. */
  openChoice: (choice: string, options: string) => `Auswahl „${choice}“: gilt für ${options}`,
  /** Above a note for the operator that stands only until they choose. */
  choiceHint: (choice: string) => `Hinweis zur Auswahl „${choice}“, entfällt mit der Auswahl`,
  /** In the placeholder notice, while a choice is open. */
  openChoicesNote:
    'Wo der Betreiber noch nicht gewählt hat, etwa ob er eine öffentliche Stelle ist, steht der Text für jede Möglichkeit da, jeweils markiert mit der Auswahl, zu der er gehört.',
  /** What the licence of the open data files leaves out: on /daten/ and, word for word, in the JSON file. */
  licenceExcludes:
    'Die Lizenz gilt nicht für die Zitate, also die Äußerungen von Microsoft Deutschland und Wolfgang Döring, und nicht für die wörtlich zitierten Behauptungen: Das sind Texte Dritter, an denen der Betreiber keine Rechte einräumt.',
  /** The legal basis of the server logs, as the right to object names it. */
  legalBasis: {
    public: 'Art.\u00a06 Abs.\u00a01 lit.\u00a0e DS-GVO',
    nonPublic: 'Art.\u00a06 Abs.\u00a01 lit.\u00a0f DS-GVO',
    open: 'Art.\u00a06 Abs.\u00a01 lit.\u00a0e DS-GVO (öffentliche Stelle) oder Art.\u00a06 Abs.\u00a01 lit.\u00a0f DS-GVO (nicht-öffentliche Stelle)',
  },
} as const;
