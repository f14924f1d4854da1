/**
 * Read as a data-protection officer would before citing the site: its name, its frame, its
 * headings and its glossary must never make Microsoft's position the site's, nor claim more than
 * the site has. Each check reads the built pages, the feed, the data files or the preview texts,
 * and each fails on the site as it stood before (issue 19).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Model } from '../../src/data/model';
import type { Dataset } from '../../src/data/open-data';
import { isVersionPath } from '../../src/routes';
import { site } from '../../src/site.config';
import {
  accessibleName,
  all,
  attr,
  mainText,
  meta,
  one,
  parsedPage,
  parsedPages,
  readableText,
  readText,
  text,
  textsOf,
  withoutRecorded,
} from '../helpers/html';
import { loadModel } from '../helpers/load-content';

const pages = parsedPages().filter((page) => page.address.endsWith('/'));
const claimPages = pages.filter((page) => /^\/behauptungen\/[^/]+\/$/.test(page.address));
const dataset = JSON.parse(readFileSync('dist/daten/behauptungen.json', 'utf8')) as Dataset;
const schema = readFileSync('dist/daten/behauptungen.schema.json', 'utf8');
const feed = readFileSync('dist/aenderungen.xml', 'utf8');

let model: Model;

beforeAll(async () => {
  model = await loadModel('content');
});

describe('a name that cannot be read as Microsoft’s', () => {
  test('the name says the site is a documentation, before anything else, and names both products', () => {
    expect(site.name).toMatch(/^Dokumentation\b/);
    expect(site.name).toContain('Microsoft 365');
    expect(site.name).toMatch(/\bTeams\b/);
  });

  test.each(pages.map((page) => [page.address, page] as const))(
    '%s carries the one name in its title, og:site_name and JSON-LD',
    (_address, page) => {
      expect(text(one('title', page.tree)).endsWith(site.name)).toBe(true);
      // The 404 page and earlier versions (noindex, their canonical the current page) have no social metadata.
      if (page.address !== '/404.html' && !isVersionPath(page.address))
        expect(meta(page.tree, 'og:site_name')).toBe(site.name);
      expect(page.html).not.toContain('Microsofts Stellungnahme zu Microsoft 365');
    },
  );

  test('the feed and the data set are named after the site', () => {
    expect(feed).toContain(`<title>${site.name}: Änderungen</title>`);
    expect(dataset.title.startsWith(site.name)).toBe(true);
    expect(JSON.parse(schema)).toMatchObject({ title: dataset.title });
    for (const text of [feed, JSON.stringify(dataset), schema]) {
      expect(text).not.toContain('Microsofts Stellungnahme zu Microsoft 365');
    }
  });

  test('the preview image of every page that is not a claim says what the site is and quotes nothing', () => {
    for (const page of pages.filter(
      (candidate) => !claimPages.includes(candidate) && !isVersionPath(candidate.address),
    )) {
      const alt = meta(page.tree, 'og:image:alt') ?? '';
      expect(alt, page.address).toContain('Eine Dokumentation, keine Veröffentlichung von Microsoft');
      expect(alt, page.address).not.toMatch(/„/);
      expect(alt, page.address).not.toContain('Die Stellungnahme von Microsoft Deutschland, August 2022');
    }
  });
});

describe('the web post and the document are two things, named as such', () => {
  test('/quellen/ says which title is the web post’s and which the document’s', () => {
    const text = mainText(parsedPage('/quellen/').tree);

    expect(text).toContain(
      'Der Beitrag: Im August 2022 veröffentlichte Microsoft Deutschland auf news.microsoft.com einen Beitrag mit dem Titel „Sind Microsoft 365 und Microsoft Teams datenschutzkonform? Die Antwort lautet: Ja“.',
    );
    expect(text).toContain(
      'Das Dokument: Der Beitrag verlinkt ein Dokument von Wolfgang Döring, Leiter der Rechtsabteilung bei Microsoft Deutschland, mit dem Titel „Stellungnahme von Microsoft Deutschland zur Datenschutzkonformität von Microsoft 365 und Microsoft Teams“',
    );
    expect(text).not.toContain('unter dem Titel „Sind Microsoft 365');
  });
});

describe('nothing of Microsoft’s position in the site’s own voice', () => {
  // Headings that stated Microsoft's position as fact, found on the site before.
  const assertive = [
    'Datenschutzkonform, auch an Schulen',
    'Wofür die US-Regierung Daten verlangt',
    'Warum bestimmte Daten erfasst werden',
    'Speicherung in der EU und Datentransfer in Drittstaaten',
    'Vorschriften zum Schutz von Daten',
  ];

  test.each(claimPages.map((page) => [page.address, page] as const))(
    'every section heading on %s is a topic or says whose words it reports',
    (_address, page) => {
      const headings = all('main :is(h2, h3, h4)', page.tree).map(text);

      expect(headings.filter((heading) => assertive.includes(heading))).toEqual([]);
      // A heading with a finite verb states something: it must say whose statement it is.
      for (const heading of headings) {
        if (/\b(ist|sind|wird|werden|verlangt|verlangen|nutzt|müssen|erfasst)\b/.test(heading)) {
          expect(heading).toMatch(/\blaut\b|Wolfgang Döring|heise online|windowsunited/);
        }
      }
    },
  );

  test('a heading whose wording changed keeps the address readers may have shared', () => {
    const kept: [page: string, id: string, heading: string][] = [
      [
        'nicht-datenschutzkonform',
        'datenschutzkonform-auch-an-schulen',
        'Wolfgang Döring zum datenschutzkonformen Einsatz',
      ],
      [
        'nicht-datenschutzkonform',
        'speicherung-in-der-eu-und-datentransfer-in-drittstaaten',
        'Speicherort der Daten und Datentransfer in Drittstaaten',
      ],
      [
        'us-regierung-liest-mit',
        'wofür-die-us-regierung-daten-verlangt',
        'Wofür die US-Regierung laut Stellungnahme Daten verlangt',
      ],
      [
        'diagnosedaten',
        'warum-bestimmte-daten-erfasst-werden',
        'Warum laut Stellungnahme bestimmte Daten erfasst werden müssten',
      ],
      ['cloud-ist-unsicher', 'vorschriften-zum-schutz-von-daten', 'Vorschriften zum technologischen Schutz von Daten'],
    ];
    for (const [slug, id, heading] of kept) {
      expect(text(one(`[id="${id}"]`, parsedPage(`/behauptungen/${slug}/`).tree)), id).toBe(heading);
    }
  });

  test('the one-line answer on US authorities reports, in the Konjunktiv, wherever it travels', () => {
    const us = dataset.claims.find((claim) => claim.id === 'us-regierung-liest-mit');
    const { tree } = parsedPage('/behauptungen/us-regierung-liest-mit/');

    for (const answer of [us?.answer ?? '', meta(tree, 'description') ?? '', meta(tree, 'og:description') ?? '']) {
      expect(answer).toContain('die US-Regierung verlange die Herausgabe');
      expect(answer).not.toContain('die US-Regierung verlangt');
    }
  });

  test('Diagnosedaten: what holds is Microsoft’s answer to the surveillance claim, not the claim', () => {
    const text = mainText(parsedPage('/behauptungen/diagnosedaten/').tree);

    expect(text).not.toMatch(/Ähnliches wie für die Behauptung/);
    expect(text).toContain('Ähnliches wie in seiner Antwort auf die Behauptung');
  });
});

describe('no word that claims more than the site has, no topic called a claim', () => {
  // Phrases that claimed more than the site has, or called two topics claims: found before.
  const overclaims = [
    'die diese Website darstellt',
    'Alle Behauptungen, gegen die sich',
    'spätere Ereignisse',
    'Begriffe, die in der Stellungnahme',
    'Begriffe aus der Stellungnahme',
    'Die Tabelle zeigt jede Behauptung, wie',
    'Alle Behauptungen von A bis Z',
    'Alle Behauptungen auf einen Blick',
    'Verwandte Behauptungen\n',
  ];

  test.each(pages.map((page) => [page.address, page] as const))(
    '%s says nothing more than the site has',
    (_address, page) => {
      // What the site records of earlier versions (their text, changes and notes) quotes earlier
      // wording on purpose; a version page's description is its note.
      const description = isVersionPath(page.address) ? '' : (meta(page.tree, 'description') ?? '');
      const shown = `${readText(withoutRecorded(page.tree))}\n${description}`;

      expect(overclaims.filter((phrase) => shown.includes(phrase))).toEqual([]);
    },
  );

  test('the open data and its schema say nothing more than the site has', () => {
    for (const phrase of overclaims) {
      expect(schema, phrase).not.toContain(phrase);
      expect(JSON.stringify(dataset), phrase).not.toContain(phrase);
    }
  });

  test.each(claimPages.map((page) => [page.address, page] as const))(
    'the pager and the preview on %s call a topic a topic',
    (_address, page) => {
      const pager = all('nav.pager a', page.tree);
      for (const link of pager) {
        const neighbour = model.claims.find((claim) => claim.path === attr(link, 'href'));
        const label = readableText(one('.direction', link));
        expect(label, accessibleName(link)).toMatch(neighbour?.verbatim ? /Behauptung$/ : /Thema$/);
      }
      const self = model.claims.find((claim) => claim.path === page.address);
      expect(meta(page.tree, 'og:image:alt')).toMatch(
        self?.verbatim ? /die Behauptung „/ : /das Thema .+ \(in Worten dieser Website\)/,
      );
    },
  );

  test.each(claimPages.map((page) => [page.address, page] as const))(
    'the pager on %s reads its words, not its arrows',
    (_address, page) => {
      for (const link of all('nav.pager a', page.tree)) expect(accessibleName(link)).not.toMatch(/[←→]/);
    },
  );
});

describe('the open data says what it is', () => {
  test('no claim lists the statement among the sources it rests on; each lists its events’ sources', () => {
    for (const claim of dataset.claims) {
      expect(claim.sources, claim.id).not.toContain(dataset.statement.url);
      const eventSources = dataset.events
        .filter((event) => claim.events.includes(event.id))
        .flatMap((event) => event.sources);
      for (const source of eventSources) expect(claim.sources, claim.id).toContain(source);
    }
  });

  test('the Einordnung is marked as not part of the statement, in the CSV header and the JSON schema', () => {
    const csv = readFileSync('dist/daten/behauptungen.csv', 'utf8');

    expect(csv.split('\r\n')[0]).toContain('"Einordnung (nicht Teil der Stellungnahme)"');
    expect(schema).toContain('Sie sind nicht Teil der Stellungnahme.');
  });
});

describe('glossary and timeline say what their sources say', () => {
  const entry = (id: string) => {
    const found = model.glossary.find((term) => term.id === id);
    if (!found) throw new Error(`no glossary entry ${id}`);
    return found;
  };

  test('Schrems II: why Privacy Shield fell and what an exporter under standard contractual clauses must do', () => {
    const { text } = entry('schrems-ii');

    expect(text).toContain('nicht auf das unbedingt Erforderliche beschränkt');
    expect(text).toContain('keinen wirksamen Rechtsschutz');
    expect(text).toContain('vorab prüfen');
    expect(text).toContain('aussetzen');
  });

  test('Standardvertragsklauseln: controllers and processors, 2021/914 replacing 2010/87, the assessment of the recipient’s law', () => {
    const { text } = entry('standardvertragsklauseln');

    expect(text).toContain('Verantwortliche und Auftragsverarbeiter');
    expect(text).toContain('2021/914');
    expect(text).toMatch(/2010\/87\/EU, der seit dem 27\. September 2021 aufgehoben ist/);
    expect(text).toContain('Klausel 14');
  });

  test('Drittländer are countries outside the EEA; an adequacy decision can cover a territory or sectors', () => {
    expect(entry('datentransfer-drittstaaten').text).toContain('außerhalb des Europäischen Wirtschaftsraums (EWR)');
    expect(entry('datentransfer-drittstaaten').text).toContain('internationale Organisationen');
    expect(entry('angemessenheitsbeschluss').text).toContain('ein Gebiet oder ein oder mehrere bestimmte Sektoren');
  });

  test('EU Data Boundary: its scope, the transfers that continue, and „vollständig umgesetzt“ as Microsoft’s word', () => {
    const { text } = entry('eu-data-boundary');

    expect(text).toContain('Unternehmens- und Behördenkunden mit Sitz in der EU und der EFTA');
    expect(text).toContain('zentralen Cloud-Diensten');
    expect(text).toContain('begrenzte Übermittlungen');
    expect(text).toMatch(/Microsoft [^.]*gab am 26\. Februar 2025 bekannt, es sei vollständig umgesetzt/);
  });

  test('Diagnosedaten are a part of telemetry data, not a synonym; telemetry data are at least partly personal', () => {
    const diagnose = entry('diagnosedaten');
    const telemetry = entry('telemetriedaten');

    expect(diagnose.names).not.toContain('Telemetrie');
    expect(diagnose.text).toContain('ein Teil der Telemetriedaten');
    expect(diagnose.text).toMatch(/Optionale .* abschalten, erforderliche/);
    expect(diagnose.text).not.toMatch(/notwendig/);
    expect(telemetry.text).toContain('zumindest teilweise personenbezogene Daten');
    expect(telemetry.text).toContain('meinen nicht dasselbe');
  });

  test('an entry that states Microsoft’s position or the report’s names the report among its sources', () => {
    for (const term of model.glossary) {
      if (/Laut Stellungnahme|Der Bericht/.test(term.text)) {
        expect(
          term.sources.map((source) => source.id),
          term.id,
        ).toContain('bericht');
      }
    }
  });

  test('„Quelle“ stands before one source, „Quellen“ before several, in the glossary and the timeline', () => {
    for (const address of ['/begriffe/', '/einordnung/']) {
      const page = parsedPage(address).tree;
      for (const line of textsOf('p.sources', page)) {
        const count = all('a', all('p.sources', page).find((p) => readText(p) === line) ?? page).length;
        expect(line, address).toMatch(count === 1 ? /^Quelle: / : /^Quellen: /);
      }
    }
  });
});

describe('links say where they lead', () => {
  test.each(pages.map((page) => [page.address, page] as const))(
    'two links with the same text on %s never lead to different places',
    (_address, page) => {
      const targets = new Map<string, Set<string>>();
      for (const link of all('main a[href^="http"]', page.tree)) {
        const name = accessibleName(link);
        targets.set(name, new Set([...(targets.get(name) ?? []), attr(link, 'href') ?? '']));
      }
      expect([...targets].filter(([, hrefs]) => hrefs.size > 1).map(([name]) => name)).toEqual([]);
    },
  );
});
