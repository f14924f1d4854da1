/**
 * Every German string of the interface, the locale and date formatting: one module, so
 * wording and typography stay consistent („…“ quotes, no-break spaces as in „z. B.“).
 * Content (claims, quotations, sources) lives under `content/`, not here.
 */

export const LOCALE = 'de-DE';
export const LANG = 'de';

/** No-break space, for „z. B.“, „S. 3“ and numbers with units. */
export const NBSP = '\u00a0';

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

/** Wraps text in German quotation marks. */
export const quoted = (text: string): string => `„${text}“`;

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
  allClaims: 'Alle Behauptungen von A bis Z',
  topicsLegend: 'Nur diese Themen',
} as const;

export const ui = {
  skipLink: 'Zum Inhalt springen',
  nav: {
    label: 'Hauptnavigation',
    home: 'Start',
    claims: 'Behauptungen',
    statement: 'Stellungnahme',
    sources: 'Quellen & Methode',
    context: 'Einordnung',
    glossary: 'Begriffe',
  },
  search: searchStrings,
  footer: {
    label: 'Fußzeile',
    disclosure:
      'Diese Website gibt die Position von Microsoft Deutschland wieder, wie sie die Stellungnahme vom August 2022 darlegt. Sie ist weder eine unabhängige Prüfung noch eine Rechtsberatung.',
    source: 'Quelle',
    method: 'Quellen & Methode',
    imprint: 'Impressum',
    privacy: 'Datenschutz',
    openData: 'Offene Daten',
    accessibility: 'Barrierefreiheit',
    changes: 'Änderungen',
  },
  claim: {
    eyebrowVerbatim: 'Behauptung, wörtlich zitiert',
    eyebrowParaphrase: 'Behauptung, sinngemäß',
    /** Which kind of wording a claim has, as every page labels it. */
    kind: (verbatim: boolean) => (verbatim ? ui.claim.eyebrowVerbatim : ui.claim.eyebrowParaphrase),
    paraphraseNote: 'Redaktionelle Zusammenfassung: Die Quelle zitiert diese Behauptung nicht wörtlich.',
    verdictLabel: 'Bewertung durch Microsoft Deutschland',
    verdicts: { falsch: 'falsch' },
    summaryLabel: 'Microsofts Antwort in einem Satz',
    summaryNote: '(redaktionelle Zusammenfassung)',
    answerHeading: 'Die Antwort von Microsoft Deutschland',
    sourceHeading: 'Quelle',
    sourceIntro: 'Alle Zitate auf dieser Seite sind wörtlich aus diesem Bericht über die Stellungnahme übernommen:',
    statementIntro: 'Die vollständige Stellungnahme von Microsoft Deutschland:',
    updated: 'Stand',
    pageUrl: 'Adresse dieser Seite',
    relatedHeading: 'Verwandte Behauptungen',
    pagerLabel: 'Weitere Behauptungen',
    previous: 'Vorherige Behauptung',
    next: 'Nächste Behauptung',
    topicsLabel: 'Themen',
    disclosure:
      'Diese Seite gibt die Position von Microsoft Deutschland wieder, nicht die Sicht dieser Website. Sie ist keine unabhängige Prüfung und keine Rechtsberatung.',
  },
  context: {
    /** Shown near the top of every claim page. */
    dated: (published: string) => `Stellungnahme vom ${published}`,
    heading: 'Einordnung',
    asideIntro: (published: string) =>
      `Die Stellungnahme stammt vom ${published}. Diese Ereignisse gehören zeitlich zu dieser Behauptung; sie sind nicht Teil der Stellungnahme und keine Bewertung.`,
    asideEmpty: (published: string) =>
      `Die Stellungnahme stammt vom ${published}. Zu dieser Behauptung verzeichnet die Zeitleiste keine späteren Ereignisse.`,
    timelineLink: 'Alle Ereignisse in der Zeitleiste',
    sourcesLabel: 'Quelle',
    statementMark: 'Diese Stellungnahme',
    pageTitle: 'Einordnung: die Stellungnahme und was seitdem geschah',
    pageDescription:
      'Eine Zeitleiste zur Stellungnahme von Microsoft Deutschland vom August 2022: was vorher geschah und was seitdem geschah, jeweils mit Quelle.',
    pageIntro:
      'Die Stellungnahme von Microsoft Deutschland stammt vom August 2022. Die Zeitleiste zeigt, was davor und danach geschah – mit Datum und Quelle, ohne Bewertung, wer recht hat. Die Ereignisse sind nicht Teil der Stellungnahme.',
    timelineLabel: 'Zeitleiste',
    claimsHeading: 'Die Einordnung auf den Seiten der Behauptungen',
  },
  quote: {
    quotedFrom: 'zitiert nach',
    claimCaption: 'Behauptung, wie sie die Stellungnahme wiedergibt',
  },
  summary: {
    label: 'Sinngemäß wiedergegeben, kein wörtliches Zitat',
  },
  anchor: {
    /** Accessible name of the link next to a heading. */
    label: (heading: string) => `Link zum Abschnitt „${heading}“`,
  },
  /** Links to a passage and the buttons that copy them (headings and quotations). */
  copyLink: {
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
  },
  changes: {
    heading: 'Änderungen an dieser Seite',
  },
  /** The page /aenderungen/ and its feed. */
  changeLog: {
    title: 'Änderungen',
    description: 'Jede Änderung an den Seiten dieser Website, die jüngste zuerst – auch als RSS-Feed.',
    intro:
      'Jede Änderung an den Seiten dieser Website, die jüngste zuerst. Jeder Eintrag führt zur Liste der Änderungen auf der geänderten Seite.',
    feed: 'Änderungen als RSS-Feed abonnieren',
    feedIntro: 'Wer keine Änderung verpassen will, kann sie mit einem Feed-Reader verfolgen:',
    listLabel: 'Alle Änderungen',
    /** The feed's name, as browsers and feed readers show it. */
    feedTitle: (site: string) => `${site}: Änderungen`,
    feedDescription:
      'Jede Änderung an den Seiten der Website über die Stellungnahme von Microsoft Deutschland zu Microsoft 365, die jüngste zuerst.',
    /** One feed item: which page changed and how. */
    itemTitle: (page: string, change: string) => `${page} – ${change}`,
  },
  /** The page /auf-einen-blick/: every claim in one table. */
  overview: {
    title: 'Auf einen Blick',
    description:
      'Alle Behauptungen, gegen die sich Microsoft Deutschland in der Stellungnahme vom August 2022 wendet, in einer Tabelle: Microsofts Bewertung, Antwort in einem Satz und spätere Ereignisse.',
    intro:
      'Die Tabelle zeigt jede Behauptung, wie der Bericht über die Stellungnahme sie wiedergibt, mit Microsofts Antwort in einem Satz. Eine Bewertung steht nur dort, wo die Quelle sie nennt. Die Ereignisse der Einordnung sind nicht Teil der Stellungnahme.',
    caption: 'Die Behauptungen und Microsofts Antworten',
    claim: 'Behauptung',
    verdict: 'Bewertung durch Microsoft',
    answer: 'Microsofts Antwort in einem Satz',
    answerHint: '(redaktionelle Zusammenfassung)',
    events: 'Einordnung',
    page: 'Seite',
    /** A paraphrased claim, marked in the table. */
    paraphrase: 'sinngemäß',
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
  /** The „Zitieren“ box on claim pages; the citations themselves are put together in the data module. */
  cite: {
    heading: 'Zitieren',
    intro:
      'So lassen sich die Stellungnahme und diese Seite zitieren. Beim Kopieren wird das heutige Datum als Abrufdatum eingesetzt.',
    statementLabel: 'Die Stellungnahme',
    pageLabel: 'Diese Seite',
    /** What kind of document the statement is, after its title. */
    statementKind: 'Stellungnahme',
    /** Added to a claim's wording when it is our paraphrase. */
    paraphrase: 'sinngemäß',
    /** Links a page's title to the site it appears on. */
    in: 'In',
    /** Names the operator after the site, once configured. */
    publishedBy: 'hrsg. von',
    updated: 'Stand',
    accessed: 'abgerufen am',
    /** Shown until the copy button fills in the reader's date. */
    accessedPlaceholder: '[Datum des Abrufs]',
    copy: 'Zitierangaben kopieren',
    copied: 'Zitierangaben kopiert',
    failed: 'Kopieren nicht möglich. Bitte markieren Sie den Text und kopieren Sie ihn selbst.',
  },
  /** Preview images for messengers and social networks, and their descriptions. */
  preview: {
    siteEyebrow: 'Die Stellungnahme von Microsoft Deutschland, August 2022',
    claimAlt: (claim: string) => `Vorschaubild: die Behauptung ${claim} und Microsofts Antwort in einem Satz`,
    siteAlt: (question: string, answer: string) =>
      `Vorschaubild: ${question} Die Antwort von Microsoft Deutschland: ${answer}`,
  },
  /** The page /daten/, the CSV headers and the field descriptions of the JSON Schema. */
  openData: {
    title: 'Offene Daten',
    description:
      'Alle Behauptungen mit Microsofts Antworten, Zitaten und Quellen als JSON- und CSV-Datei zum Weiterverwenden.',
    intro:
      'Was diese Website zeigt, gibt es auch als Datendateien: erzeugt aus denselben Inhalten wie die Seiten, bei jeder Veröffentlichung neu. „Stand“ nennt für jede Behauptung den Tag, an dem sie zuletzt mit der Quelle abgeglichen wurde.',
    datasetTitle: 'Microsofts Stellungnahme zu Microsoft 365 – Behauptungen und Antworten',
    jsonHeading: 'JSON',
    jsonFile: 'behauptungen.json',
    jsonText:
      'Eine Datei mit allen Behauptungen, unter „events“ den Ereignissen der Einordnung und unter „terms“ den Begriffen. Ihr Aufbau ist als JSON Schema beschrieben:',
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
      'Die Zitate sind wörtlich übernommene Äußerungen von Microsoft Deutschland und Wolfgang Döring; bei jedem Zitat sind Sprecher und Quelle angegeben.',
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
        '„ja“, wenn die Behauptung wörtlich zitiert ist; „nein“ bei einer redaktionellen Zusammenfassung (sinngemäß).',
      verdict: 'Microsofts eigene Bewertung der Behauptung, nur wo die Quelle sie nennt („falsch“), sonst leer.',
      quotations: 'Microsofts Zitate auf der Seite, je Zeile eines: „Zitat“ – Sprecher, Funktion.',
      sources: 'Adressen aller Quellen, auf die sich die Seite stützt, je Zeile eine.',
      events: 'Ereignisse der Einordnung zu dieser Behauptung, je Zeile eines: Datum, dann was geschah.',
    },
    /** Descriptions of the data fields: in the JSON Schema and on /daten/. */
    fields: {
      dataset:
        'Alle Behauptungen, gegen die sich Microsoft Deutschland in der Stellungnahme vom August 2022 wendet, mit Microsofts Antworten.',
      schema: 'Adresse des JSON Schemas, das diese Datei beschreibt.',
      title: 'Name des Datensatzes.',
      page: 'Adresse der Seite, die diese Datei beschreibt.',
      license:
        'Lizenz der Datei, wie der Betreiber sie festlegt. „[Platzhalter: …]“, solange sie nicht eingetragen ist.',
      licenseName: 'Name der Lizenz.',
      licenseUrl: 'Adresse des Lizenztexts, oder null.',
      statement: 'Die Stellungnahme, die diese Website wiedergibt.',
      statementTitle: 'Titel der Stellungnahme.',
      publisher: 'Wer sie veröffentlicht hat.',
      published: 'Wann sie erschienen ist, so genau die Quellen es übereinstimmend nennen.',
      statementUrl: 'Adresse der Stellungnahme.',
      datasetUpdated: 'Der jüngste „Stand“ aller Behauptungen (JJJJ-MM-TT).',
      claims: 'Die Behauptungen in der Reihenfolge der Stellungnahme.',
      id: 'Kennung der Behauptung; auch der letzte Teil ihrer Adresse. Ändert sich nie.',
      url: 'Adresse der Seite dieser Behauptung.',
      wording: 'Die Behauptung: wörtlich aus der Quelle oder eine redaktionelle Zusammenfassung.',
      verbatim:
        'true, wenn die Behauptung wörtlich zitiert ist; false bei einer redaktionellen Zusammenfassung (sinngemäß).',
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
      updated: '„Stand“: der Tag, an dem die Seite zuletzt mit der Quelle abgeglichen wurde (JJJJ-MM-TT).',
      changes: 'Änderungen an der Seite, die jüngste zuerst.',
      changeDate: 'Tag der Änderung (JJJJ-MM-TT).',
      change: 'Was sich geändert hat.',
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
    question: 'Sind Microsoft 365 und Microsoft Teams datenschutzkonform?',
    answerIntro: 'Die Antwort von Microsoft Deutschland:',
    claimsHeading: 'Die Behauptungen und Microsofts Antworten',
    readStatement: 'Die ganze Stellungnahme in Lesereihenfolge',
    allClaims: 'Alle Behauptungen von A bis Z',
  },
  claimsIndex: {
    title: 'Alle Behauptungen von A bis Z',
    lettersLabel: 'Anfangsbuchstaben',
    intro:
      'Jede Behauptung, gegen die sich Microsoft Deutschland in der Stellungnahme wendet, mit Microsofts Antwort in einem Satz.',
  },
  statement: {
    title: 'Die Stellungnahme in Lesereihenfolge',
    intro:
      'Alle Teile der Stellungnahme in der Reihenfolge, in der der Bericht sie wiedergibt. Jeder Teil führt zu seiner eigenen Seite.',
    tocLabel: 'Teile der Stellungnahme',
    toClaim: (claim: string) => `Zur Seite „${claim}“`,
  },
  sources: {
    title: 'Quellen und Methode',
    description:
      'Woher der Text dieser Website stammt, wie Zitate übernommen werden, was geprüft ist – und was diese Website nicht ist.',
    statementHeading: 'Die Stellungnahme',
    statementText:
      'Microsoft Deutschland hat im August 2022 eine Stellungnahme zur Datenschutzkonformität von Microsoft 365 und Microsoft Teams veröffentlicht. Diese Website stellt die Position dar, die die Stellungnahme vertritt.',
    reportHeading: 'Textgrundlage',
    quotesHeading: 'Wie Zitate übernommen werden',
    quoteRules: [
      'Als Zitat (eingerückt oder in „…“) erscheint nur, was der Bericht selbst in Anführungszeichen als Worte von Microsoft oder von Wolfgang Döring, Leiter der Rechtsabteilung bei Microsoft Deutschland, wiedergibt – Wort für Wort, auch in der Schreibweise der Quelle (etwa „z.B.“ ohne Leerzeichen).',
      'Was der Bericht in indirekter Rede wiedergibt, steht hier als Zusammenfassung („Laut Stellungnahme …“) und ist als solche gekennzeichnet, nie als Zitat.',
      'Drei Behauptungen zitiert der Bericht wörtlich; sie erscheinen in „…“. Zwei weitere Teile der Stellungnahme haben keine zitierte Behauptung; ihre Formulierung ist eine redaktionelle Zusammenfassung und als „sinngemäß“ gekennzeichnet.',
      'Jedes Zitat steht einmal in einem Register mit Sprecher und Quelle. Ein automatischer Test vergleicht jedes Zitat mit dem Text der Quelle.',
    ],
    checkedHeading: 'Was geprüft ist',
    checkedIntro: 'Diese Angaben über die Stellungnahme sind mit weiteren öffentlichen Quellen abgeglichen:',
    checkedFacts: [
      'Die vollständige Stellungnahme war ein etwa dreiseitiges Dokument von Wolfgang Döring mit dem Titel „Stellungnahme von Microsoft Deutschland zur Datenschutzkonformität von Microsoft 365 und Microsoft Teams“ im Format „Richtig/Falsch“ (berichtet von heise online und WinFuture).',
      'Sie erschien im August 2022. Den Monat nennen drei Quellen übereinstimmend; beim genauen Tag weichen sie voneinander ab. Diese Website nennt deshalb nur den Monat.',
      'Sie antwortete auf die Debatte um Microsoft 365 an Schulen, nachdem der Landesbeauftragte für den Datenschutz Baden-Württemberg Schulen im April 2022 aufgefordert hatte, Microsoft 365 ab dem nächsten Schuljahr nicht mehr zu nutzen oder den datenschutzkonformen Betrieb nachzuweisen.',
    ],
    othersHeading: 'Weitere Quellen',
    disclosureHeading: 'Was diese Website ist – und was nicht',
    disclosureText:
      'Diese Website gibt die Position von Microsoft Deutschland wieder, wie sie die Stellungnahme vom August 2022 darlegt. Sie ist weder eine unabhängige Prüfung dieser Position noch eine Rechtsberatung.',
  },
  imprint: {
    title: 'Impressum',
    description: 'Anbieter und Kontakt dieser Website.',
    providerHeading: 'Anbieter',
    contactHeading: 'Kontakt',
    email: 'E-Mail',
    responsibleHeading: 'Verantwortlich für den Inhalt',
    contentHeading: 'Zum Inhalt',
    trademarks:
      'Microsoft, Microsoft 365 und Microsoft Teams sind Marken der Microsoft Corporation. Diese Website ist kein Angebot von Microsoft.',
  },
  privacy: {
    title: 'Datenschutz',
    description: 'Was diese Website mit Daten ihrer Besucherinnen und Besucher tut: so wenig wie möglich.',
    summary:
      'Diese Website setzt keine Cookies, verwendet kein Tracking und keine Analysewerkzeuge und lädt nichts von anderen Servern: keine Schriften, keine Skripte, keine eingebetteten Inhalte.',
    sections: [
      {
        id: 'cookies-tracking',
        heading: 'Keine Cookies, kein Tracking',
        paragraphs: [
          'Es werden keine Cookies gesetzt und keine Nutzungsprofile gebildet. Es gibt keine Statistik- oder Werbedienste.',
        ],
      },
      {
        id: 'keine-fremden-server',
        heading: 'Keine Anfragen an andere Server',
        paragraphs: [
          'Alle Dateien dieser Website – Seiten, Stile, Skripte, Suchindex – kommen vom selben Server. Links zu Quellen führen zu anderen Websites erst, wenn Sie sie anklicken; dort gelten deren Datenschutzbestimmungen.',
        ],
      },
      {
        id: 'suche',
        heading: 'Suche im Browser',
        paragraphs: [
          'Die Suche läuft in Ihrem Browser: Der Suchindex wird von dieser Website geladen, Ihre Suchbegriffe werden nicht übermittelt und nicht gespeichert.',
          'Wenn Sie das Suchformular ohne JavaScript absenden oder eine Suchadresse (/suche/?q=…) aufrufen, steht der Suchbegriff in der abgerufenen Adresse und kann wie jeder Seitenabruf im Server-Protokoll erscheinen.',
        ],
      },
      {
        id: 'server-protokolle',
        heading: 'Server-Protokolle',
        paragraphs: [
          'Beim Abruf jeder Website übermittelt Ihr Browser technisch notwendige Daten wie die IP-Adresse und die abgerufene Adresse an den Server. Ob und wie lange solche Protokolle gespeichert werden, hängt vom Hosting ab:',
        ],
      },
    ],
    controllerHeading: 'Verantwortlich',
  },
  accessibility: {
    title: 'Erklärung zur Barrierefreiheit',
    description: 'Wie barrierefrei diese Website ist, wie wir das prüfen und wie Sie eine Barriere melden.',
    intro:
      'Diese Website soll für alle nutzbar sein – mit Tastatur, Screenreader, Vergrößerung, auf dem Telefon und auf großen Bildschirmen. Ziel ist die Konformitätsstufe AA der Web Content Accessibility Guidelines (WCAG) 2.2.',
    sections: [
      {
        id: 'wie-wir-pruefen',
        heading: 'Wie wir prüfen',
        items: [
          'Bei jeder Änderung prüft ein automatischer Test jede Seite der Website mit dem Prüfwerkzeug axe auf Verstöße gegen die Regeln der WCAG 2.0, 2.1 und 2.2 (Stufen A und AA): im hellen und im dunklen Farbschema, auf normaler Breite und bei 320 Pixeln Breite, auch mit geöffneter Suche.',
          'Ein weiterer Test bedient die Website nur mit der Tastatur: Sprunglink zum Inhalt, Navigation, Suche, „Link kopieren“ und Vor/Zurück. Der Fokus muss dabei immer sichtbar sein und darf nirgends gefangen bleiben.',
          'Linktexte müssen sagen, wohin sie führen; Überschriften-Anker haben zugängliche Namen.',
        ],
      },
      {
        id: 'grenzen',
        heading: 'Was automatische Tests nicht leisten',
        items: [
          'Automatische Prüfungen finden nicht jede Barriere. Eine Prüfung durch Menschen mit unterschiedlichen Hilfsmitteln steht noch aus.',
          'Die Zitate geben den Wortlaut der Quelle unverändert wieder, auch wo er sprachlich schwer zugänglich ist.',
        ],
      },
    ],
    reportHeading: 'Barriere melden',
    reportText:
      'Wenn Sie auf eine Barriere stoßen, schreiben Sie uns bitte, auf welcher Seite und was nicht funktioniert hat:',
  },
  searchPage: {
    title: 'Suche',
    description: 'Behauptungen, Abschnitte und Zitate der Stellungnahme durchsuchen.',
    noScript:
      'Die Volltextsuche braucht JavaScript. Ohne JavaScript finden Sie hier alle Behauptungen von A bis Z mit Microsofts Antwort in einem Satz.',
  },
  notFound: {
    title: 'Seite nicht gefunden',
    text: 'Unter dieser Adresse gibt es keine Seite. Vielleicht hilft einer dieser Wege weiter:',
    home: 'Zur Startseite',
    claims: 'Alle Behauptungen von A bis Z',
  },
  placeholder: (label: string) => `[Platzhalter: ${label}]`,
  placeholderNote:
    'Die mit „Platzhalter“ markierten Angaben sind noch nicht eingetragen. Der Betreiber trägt sie vor der Veröffentlichung in der Konfigurationsdatei ein.',
} as const;
