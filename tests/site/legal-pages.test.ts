/**
 * The legal pages say what a data-protection officer checks first (Art. 13 DS-GVO, § 18 Abs. 2
 * MStV, the accessibility statement of a public body), operator details stay visibly marked
 * until they are filled in, and where a choice of the operator selects the text, every option
 * stands on the page, marked with its option, until the operator chooses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { missingSettings, settings } from '../../src/data/operator-settings';
import { settingsStrings } from '../../src/strings';
import { all, parsedPage, readText, textsOf, withoutRecorded, type Root } from '../helpers/html';

const pageAt = (address: string): Root => parsedPage(address).tree;

/** A page's sections: each `<h2>` with the text up to the next one. */
function sections(page: Root): Map<string, string> {
  const [main] = all('main', page);
  const text = readText(main ?? page);
  const headings = textsOf('h2', main ?? page);
  const found = new Map<string, string>();
  headings.forEach((heading, index) => {
    const start = text.indexOf(`\n${heading}\n`);
    const end = index + 1 < headings.length ? text.indexOf(`\n${headings[index + 1] ?? ''}\n`, start + 1) : text.length;
    // The heading's „#“ link (its link control) stands on the line after it.
    found.set(heading, text.slice(start + heading.length + 2, end).replace(/^#\n/, ''));
  });
  return found;
}

function sectionsOf(address: string) {
  const found = sections(pageAt(address));
  return (heading: string) => {
    const text = found.get(heading);
    if (text === undefined)
      throw new Error(`no section „${heading}“ on ${address}; sections: ${[...found.keys()].join(', ')}`);
    return text;
  };
}

/** The marked line above a passage while its choice is open, then the passage's first words. */
const option = (choice: string, options: string, start: string) =>
  `[Platzhalter: Auswahl „${choice}“: gilt für ${options}]\n${start}`;

const BODY = 'Art des Betreibers';
const PUBLIC = '„öffentliche Stelle des Bundes“ oder „öffentliche Stelle eines Landes“';
const NON_PUBLIC = '„nicht-öffentliche Stelle“';

describe('/datenschutz/', () => {
  const section = sectionsOf('/datenschutz/');

  test('names the controller with the operator’s details', () => {
    expect(section('Verantwortlich')).toContain('[Platzhalter: Name des Betreibers]');
    expect(section('Verantwortlich')).toContain('[Platzhalter: E-Mail-Adresse]');
  });

  test('names the data-protection officer, or says none is designated and that a public body must designate one', () => {
    const officer = section('Beauftragter für den Datenschutz');

    expect(officer).toContain(
      option(
        'Datenschutzbeauftragter',
        '„benannt“',
        'Den Datenschutzbeauftragten des Betreibers erreichen Sie so: [Platzhalter: Name und Kontaktdaten des Datenschutzbeauftragten].',
      ),
    );
    expect(officer).toContain(
      option(
        'Datenschutzbeauftragter',
        '„nicht benannt“',
        'Der Betreiber hat keinen Datenschutzbeauftragten benannt. Dazu ist er nicht verpflichtet: Er ist keine öffentliche Stelle (öffentliche Stellen müssen stets einen benennen, Art.\u00a037 Abs.\u00a01 lit.\u00a0a DS-GVO)',
      ),
    );
  });

  test('lists exactly the fields the nginx log format records, and what it leaves out', () => {
    expect(section('Server-Protokolle')).toContain(
      option(
        'Auslieferung der Website',
        '„eigener Server mit der mitgelieferten nginx-Konfiguration“',
        [
          'Der Server (nginx mit der Konfiguration, die zu dieser Website gehört) speichert zu jedem Abruf genau diese Angaben:',
          'die IP-Adresse, von der der Abruf kommt,',
          'Datum und Uhrzeit des Abrufs,',
          'die Anfrage: ihre Methode (etwa GET), die abgerufene Adresse ohne den Teil ab „?“ und die Protokollversion (etwa HTTP/2.0),',
          'den Statuscode der Antwort (etwa 200 für „gefunden“ oder 404 für „nicht gefunden“),',
          'die Größe der Antwort in Bytes,',
          'die Kennung Ihres Browsers (User-Agent), so wie Ihr Browser sie sendet, meist mit Name und Version des Browsers und des Betriebssystems.',
          'Nicht gespeichert werden die Seite, von der Sie kamen (Referrer), und der Teil der Adresse ab „?“, in dem etwa Suchbegriffe stehen.',
        ].join('\n'),
      ),
    );
    expect(section('Server-Protokolle')).toMatch(/schreibt der Server außerdem einen Eintrag in sein Fehlerprotokoll/);
  });

  test('says that a platform such as Netlify keeps its own logs, whose fields the host decides', () => {
    expect(section('Server-Protokolle')).toContain(
      option(
        'Auslieferung der Website',
        '„Hosting-Plattform wie Netlify oder Cloudflare Pages“',
        'Die Website wird über die Plattform des Hosting-Anbieters ausgeliefert. Die Server-Protokolle führt der Anbieter auf seinen Servern; welche Angaben sie enthalten, legt er fest, nicht der Betreiber. Nach den Angaben des Anbieters sind das: [Platzhalter: Angaben, die der Hosting-Anbieter in seinen Server-Protokollen speichert].',
      ),
    );
  });

  test('says how long the logs are kept and that the site cannot be delivered without the data (Art. 13 Abs. 2 lit. e DS-GVO)', () => {
    expect(section('Server-Protokolle')).toMatch(/Speicherdauer: \[Platzhalter: Speicherdauer der Server-Protokolle\]/);
    expect(section('Server-Protokolle')).toContain(
      'Sie sind weder gesetzlich noch vertraglich verpflichtet, diese Daten bereitzustellen, und sie sind für keinen Vertragsabschluss erforderlich. Ohne sie kann der Server Ihnen die Seiten aber nicht ausliefern',
    );
  });

  test('gives each legal basis with what it needs: lit. e with the national norm, lit. f with the legitimate interest', () => {
    const basis = section('Rechtsgrundlage');

    expect(basis).toContain(
      option(
        BODY,
        PUBLIC,
        'Rechtsgrundlage der Server-Protokolle ist Art.\u00a06 Abs.\u00a01 lit.\u00a0e DS-GVO in Verbindung mit [Platzhalter: Rechtsvorschrift des Bundes oder Landes, z.\u00a0B. §\u00a03 BDSG]. Der Betreiber ist eine öffentliche Stelle;',
      ),
    );
    expect(basis).toContain(
      option(
        BODY,
        NON_PUBLIC,
        'Rechtsgrundlage der Server-Protokolle ist Art.\u00a06 Abs.\u00a01 lit.\u00a0f DS-GVO. Der Betreiber ist keine öffentliche Stelle. Sein berechtigtes Interesse ist, die Website sicher auszuliefern und Angriffe auf sie zu erkennen und abzuwehren.',
      ),
    );
  });

  test('sets the right to object apart, right after the legal basis it applies to (Art. 21 Abs. 4 DS-GVO)', () => {
    const page = pageAt('/datenschutz/');
    const [main] = all('main', page);
    const headings = textsOf('h2', main ?? page);
    const [objection] = all('main section', page).filter((element) => all('h2', element).length > 0);

    expect(headings[headings.indexOf('Rechtsgrundlage') + 1]).toBe('Ihr Widerspruchsrecht (Art.\u00a021 DS-GVO)');
    expect(objection && textsOf('h2', objection)).toEqual(['Ihr Widerspruchsrecht (Art.\u00a021 DS-GVO)']);
    expect(objection && readText(objection)).toContain(
      'jederzeit Widerspruch gegen die Verarbeitung der Sie betreffenden Daten in den Server-Protokollen einzulegen, die auf [Platzhalter: Art.\u00a06 Abs.\u00a01 lit.\u00a0e DS-GVO (öffentliche Stelle) oder Art.\u00a06 Abs.\u00a01 lit.\u00a0f DS-GVO (nicht-öffentliche Stelle)] beruht.',
    );
  });

  test('names the host as a processor (Art. 28 DS-GVO)', () => {
    expect(section('Empfänger')).toContain('[Platzhalter: Hosting-Anbieter mit Anschrift]');
    expect(section('Empfänger')).toContain(
      'Er verarbeitet sie im Auftrag des Betreibers und nur nach dessen Weisung (Auftragsverarbeiter nach Art.\u00a028 DS-GVO).',
    );
  });

  test('says whether the data leave the EEA, on which safeguard, and that this depends on the host (Art. 13 Abs. 1 lit. f DS-GVO)', () => {
    const transfer = section('Übermittlung in Länder außerhalb des EWR');
    const choice = 'Übermittlung in Drittländer';

    expect(transfer).toContain(
      option(choice, '„keine Übermittlung“', 'Die Daten werden nur im Europäischen Wirtschaftsraum (EWR) verarbeitet.'),
    );
    expect(transfer).toContain(
      option(
        choice,
        '„Übermittlung auf Grund eines Angemessenheitsbeschlusses“',
        'Für diese Übermittlung gibt es einen Angemessenheitsbeschluss der Europäischen Kommission (Art.\u00a045 DS-GVO)',
      ),
    );
    expect(transfer).toContain(
      option(
        choice,
        '„Übermittlung mit Standardvertragsklauseln“',
        'Für diese Übermittlung gibt es keinen Angemessenheitsbeschluss der Europäischen Kommission. Sie ist durch Standardvertragsklauseln der Europäischen Kommission als geeignete Garantien abgesichert (Art.\u00a046 Abs.\u00a02 lit.\u00a0c DS-GVO)',
      ),
    );
    expect(transfer).toContain('Eine Kopie erhalten Sie auf Anfrage beim Betreiber');
    expect(transfer).toContain('[Platzhalter: Land außerhalb des EWR]');
    expect(transfer).toMatch(
      /Ob die Daten den EWR verlassen, hängt vom gewählten Hosting-Anbieter ab\. Plattformen wie Netlify oder Cloudflare Pages/,
    );
  });

  test('says exactly what the site stores on and reads from the device (§ 25 TDDDG), and the built scripts hold to it', () => {
    const device = section('Was auf Ihrem Gerät gespeichert wird');
    const scripts = readdirSync('dist', { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.js') || file.endsWith('.html'))
      .map((file) => [file, readFileSync(path.join('dist', file), 'utf8')] as const);

    expect(device).toContain(
      'Die Website speichert Informationen auf Ihrem Gerät und greift auf dort gespeicherte Informationen nur zu, soweit das technisch erforderlich ist, damit Sie die Seiten und Funktionen nutzen können, die Sie aufrufen (§\u00a025 Abs.\u00a02 Nr.\u00a02 TDDDG)',
    );
    expect(device).toContain(
      'Sie setzt keine Cookies und nutzt keinen anderen Speicher des Browsers, weder Local Storage noch Session Storage noch IndexedDB.',
    );
    expect(scripts.length).toBeGreaterThan(0);
    expect(
      scripts
        .filter(([, code]) =>
          /document\.cookie|localStorage|sessionStorage|indexedDB|caches\.open|serviceWorker/.test(code),
        )
        .map(([file]) => file),
    ).toEqual([]);
  });

  test('says that result addresses carry the search words and whether the server logs them', () => {
    const search = section('Suche im Browser');

    expect(search).toContain('Die Adressen der Treffer enthalten Ihre Suchbegriffe (…?markiert=…)');
    expect(search).toContain('Der Server speichert den Teil der Adresse ab „?“ nicht;');
  });

  test('says there is no automated decision-making (Art. 13 Abs. 2 lit. f DS-GVO)', () => {
    expect(section('Keine automatisierte Entscheidung')).toBe(
      'Es findet keine automatisierte Entscheidungsfindung einschließlich Profiling statt (Art.\u00a022 Abs.\u00a01 und 4 DS-GVO).',
    );
  });

  test('lists the rights of Art. 15 to 19 DS-GVO, without data portability, which needs consent or a contract (Art. 20 Abs. 1)', () => {
    const rights = section('Ihre Rechte');

    for (const article of [15, 16, 17, 18, 19]) expect(rights).toContain(`Art.\u00a0${String(article)})`);
    expect(rights).toMatch(/Auskunft.*Berichtigung.*Löschung.*Einschränkung/s);
    expect(rights).toContain('Ihr Widerspruchsrecht (Art.\u00a021 DS-GVO) steht oben in einem eigenen Abschnitt.');
    // The page's list of versions may name the right it no longer lists; that is a record, not a right.
    expect(readText(withoutRecorded(pageAt('/datenschutz/')))).not.toMatch(/Datenübertragbarkeit|Art\.\s20\b/);
  });

  test('names the right to complain where the reader habitually resides (Art. 77 Abs. 1 DS-GVO)', () => {
    const complaint = section('Beschwerde bei einer Aufsichtsbehörde');

    expect(complaint).toContain('Art.\u00a077 DS-GVO');
    expect(complaint).toContain(
      'in dem Mitgliedstaat Ihres gewöhnlichen Aufenthaltsorts, Ihres Arbeitsplatzes oder des Orts des mutmaßlichen Verstoßes',
    );
    expect(complaint).toContain('[Platzhalter: für den Betreiber zuständige Datenschutz-Aufsichtsbehörde]');
  });

  test('dates the notice with the operator’s „Stand“', () => {
    expect(section('Stand')).toBe('Stand dieser Datenschutzhinweise: [Platzhalter: Datum (JJJJ-MM-TT)].');
  });

  test('says there is no tracking', () => {
    expect(section('Keine Cookies, kein Tracking')).toMatch(/keine Cookies gesetzt/);
  });
});

describe('placeholders for operator details', () => {
  test.each(['/impressum/', '/datenschutz/', '/barrierefreiheit/'])(
    '%s shows the placeholder notice right under its heading while details are missing',
    (address) => {
      const [main] = all('main', pageAt(address));
      const lines = readText(main ?? pageAt(address)).split('\n');

      expect(missingSettings(settings)).not.toEqual([]);
      expect(lines[1]).toBe(
        'Die mit „Platzhalter“ markierten Angaben sind noch nicht eingetragen. Der Betreiber trägt sie vor der Veröffentlichung in der Konfigurationsdatei ein.',
      );
      // Only the pages with passages for the operator's choices explain how open choices stand.
      expect(lines[2] === settingsStrings.openChoicesNote).toBe(address !== '/impressum/');
      expect(textsOf('span.placeholder', main ?? pageAt(address)).length).toBeGreaterThan(0);
    },
  );

  test('the Impressum names the operator, marked as placeholders', () => {
    const text = readText(pageAt('/impressum/'));

    for (const label of ['Name des Betreibers', 'Straße und Hausnummer', 'Postleitzahl und Ort', 'E-Mail-Adresse']) {
      expect(text).toContain(`[Platzhalter: ${label}]`);
    }
  });
});

describe('/impressum/', () => {
  test('names the person responsible for the content with name and address (§ 18 Abs. 2 MStV)', () => {
    const page = pageAt('/impressum/');
    const responsible = sectionsOf('/impressum/')('Verantwortlich für den Inhalt nach §\u00a018 Abs.\u00a02 MStV');

    expect(responsible).toBe(
      '[Platzhalter: Name der oder des Verantwortlichen] [Platzhalter: Straße und Hausnummer der oder des Verantwortlichen] [Platzhalter: Postleitzahl und Ort der oder des Verantwortlichen]',
    );
    expect(textsOf('main address', page)).toContain(responsible);
  });
});

describe('/barrierefreiheit/', () => {
  const section = sectionsOf('/barrierefreiheit/');

  test('promises axe on every page in the light scheme, and dark, 320 px and open search once per page template', () => {
    const text = readText(pageAt('/barrierefreiheit/'));

    expect(text).toContain(
      'Bei jeder Änderung prüft ein automatischer Test jede Seite der Website mit dem Prüfwerkzeug axe auf Verstöße gegen die Regeln der WCAG\u00a02.0, 2.1 und 2.2 (Stufen A und AA), im hellen Farbschema und auf normaler Breite.',
    );
    expect(text).toContain(
      'Im dunklen Farbschema, bei 320\u00a0Pixeln Breite und mit geöffneter Suche prüft er je eine Seite jeder Seitenart',
    );
  });

  test('for a public body: the requirements, the compliance status with what is not accessible, and the date of the statement', () => {
    const status = section('Stand der Vereinbarkeit');
    const choice = 'Stand der Vereinbarkeit';

    expect(readText(pageAt('/barrierefreiheit/'))).toContain(
      `[Platzhalter: Auswahl „${BODY}“: gilt für ${PUBLIC}]\nStand der Vereinbarkeit`,
    );
    expect(status).toContain(
      option(
        BODY,
        '„öffentliche Stelle des Bundes“',
        'Als öffentliche Stelle des Bundes muss der Betreiber die Anforderungen der Barrierefreie-Informationstechnik-Verordnung (BITV\u00a02.0) erfüllen.',
      ),
    );
    expect(status).toContain(
      option(
        BODY,
        '„öffentliche Stelle eines Landes“',
        'Als öffentliche Stelle eines Landes muss der Betreiber die Anforderungen an die Barrierefreiheit erfüllen, die das Recht des Landes vorgibt: [Platzhalter: Barrierefreiheitsvorschriften des Landes].',
      ),
    );
    expect(status).toContain(
      option(choice, '„vollständig vereinbar“', 'Diese Website ist mit diesen Anforderungen vollständig vereinbar.'),
    );
    for (const [label, words] of [
      ['„teilweise vereinbar“', 'teilweise'],
      ['„nicht vereinbar“', 'nicht'],
    ] as const) {
      expect(status).toContain(
        option(
          choice,
          label,
          `Diese Website ist mit diesen Anforderungen ${words} vereinbar. Nicht barrierefrei ist: [Platzhalter: nicht barrierefreie Inhalte, wo sie stehen und warum].`,
        ),
      );
    }
    expect(status).toContain(
      'Diese Erklärung wurde am [Platzhalter: Datum (JJJJ-MM-TT)] erstellt oder zuletzt überprüft.',
    );
  });

  test('for a public body: the Schlichtungsstelle nach § 16 BGG for the Federation, the Land’s procedure otherwise', () => {
    expect(section('Schlichtung')).toContain(
      'können Sie bei der Schlichtungsstelle nach §\u00a016 BGG beantragen, ein Schlichtungsverfahren einzuleiten.',
    );
    expect(section('Schlichtung')).toContain(
      'So erreichen Sie sie: [Platzhalter: Anschrift oder Internetadresse der Stelle für das Durchsetzungsverfahren].',
    );
    expect(section('Verfahren zur Durchsetzung')).toContain(
      'an die Stelle wenden, die das Land für das Durchsetzungsverfahren bestimmt hat: [Platzhalter: Anschrift oder Internetadresse der Stelle für das Durchsetzungsverfahren].',
    );
  });

  test('for a non-public operator: the statement is voluntary, and barriers go to the operator', () => {
    expect(readText(pageAt('/barrierefreiheit/'))).toContain(
      `[Platzhalter: Auswahl „${BODY}“: gilt für ${NON_PUBLIC}]\nEine freiwillige Erklärung`,
    );
    expect(section('Eine freiwillige Erklärung')).toContain('Er gibt diese Erklärung freiwillig ab.');
  });
});

describe('/daten/', () => {
  test('says that the licence does not cover the quotations, on the page and in the JSON file', () => {
    const dataset = JSON.parse(readFileSync('dist/daten/behauptungen.json', 'utf8')) as {
      license: { excludes?: string };
    };
    const text = readText(pageAt('/daten/'));
    const sentence =
      'Die Lizenz gilt nicht für die Zitate, also die Äußerungen von Microsoft Deutschland und Wolfgang Döring, und nicht für die wörtlich zitierten Behauptungen: Das sind Texte Dritter, an denen der Betreiber keine Rechte einräumt.';

    expect(text).toContain(sentence);
    expect(dataset.license.excludes).toBe(sentence);
  });
});
