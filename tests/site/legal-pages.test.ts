/**
 * The legal pages say what a data-protection officer checks first, operator details stay visibly
 * marked until they are filled in, and the accessibility statement promises what the tests do.
 */
import { describe, expect, test } from 'vitest';
import { isPlaceholder, operator } from '../../src/site.config';
import { builtHtml } from '../helpers/dist';
import { parsePage, readText, select, textsOf, type Page } from '../helpers/page-text';

const pageAt = (address: string): Page => {
  const found = builtHtml().find((candidate) => candidate.address === address);
  if (!found) throw new Error(`no built page ${address}`);
  return parsePage(found.html);
};

/** A page's sections: each `<h2>` with the text up to the next one. */
function sections(page: Page): Map<string, string> {
  const [main] = select(page, 'main');
  const text = readText(main ?? page);
  const headings = textsOf(main ?? page, 'h2');
  const found = new Map<string, string>();
  headings.forEach((heading, index) => {
    const start = text.indexOf(`\n${heading}\n`);
    const end = index + 1 < headings.length ? text.indexOf(`\n${headings[index + 1] ?? ''}\n`, start + 1) : text.length;
    found.set(heading, text.slice(start + heading.length + 2, end));
  });
  return found;
}

describe('/datenschutz/', () => {
  const privacy = sections(pageAt('/datenschutz/'));
  const section = (heading: string) => {
    const text = privacy.get(heading);
    if (text === undefined) throw new Error(`no section „${heading}“; sections: ${[...privacy.keys()].join(', ')}`);
    return text;
  };

  test('names the controller with the operator’s details', () => {
    expect(section('Verantwortlich')).toContain('[Platzhalter: Name des Betreibers]');
    expect(section('Verantwortlich')).toContain('[Platzhalter: E-Mail-Adresse]');
  });

  test('says what the web server logs and for how long it keeps it', () => {
    expect(section('Server-Protokolle')).toMatch(/IP-Adresse/);
    expect(section('Server-Protokolle')).toMatch(/Speicherdauer: \[Platzhalter: Speicherdauer der Server-Protokolle\]/);
  });

  test('names the legal basis, the recipients and the host', () => {
    expect(section('Rechtsgrundlage')).toContain('[Platzhalter: Rechtsgrundlage der Server-Protokolle');
    expect(section('Empfänger')).toContain('Hosting-Anbieter');
    expect(section('Empfänger')).toContain('[Platzhalter: Hosting-Anbieter mit Anschrift]');
  });

  test('lists every right of Art. 15 to 21 DS-GVO and the right to complain to a supervisory authority', () => {
    const rights = section('Ihre Rechte');

    for (const article of [15, 16, 17, 18, 19, 20, 21]) expect(rights).toContain(`Art.\u00a0${String(article)})`);
    expect(rights).toMatch(/Auskunft.*Berichtigung.*Löschung.*Einschränkung.*Datenübertragbarkeit.*Widerspruch/s);
    expect(section('Beschwerde bei einer Aufsichtsbehörde')).toContain('Art.\u00a077 DS-GVO');
    expect(section('Beschwerde bei einer Aufsichtsbehörde')).toContain(
      '[Platzhalter: für den Betreiber zuständige Datenschutz-Aufsichtsbehörde]',
    );
  });

  test('says there is no tracking and that the search runs in the browser', () => {
    expect(section('Keine Cookies, kein Tracking')).toMatch(/keine Cookies gesetzt/);
    expect(section('Suche im Browser')).toMatch(/Die Suche läuft in Ihrem Browser/);
  });
});

describe('placeholders for operator details', () => {
  const unfinished = Object.values(operator).some(isPlaceholder);

  test.each(['/impressum/', '/datenschutz/', '/barrierefreiheit/'])(
    '%s shows the placeholder notice right under its heading while details are missing',
    (address) => {
      const [main] = select(pageAt(address), 'main');
      const lines = readText(main ?? pageAt(address)).split('\n');

      expect(unfinished).toBe(true);
      expect(lines[1]).toBe(
        'Die mit „Platzhalter“ markierten Angaben sind noch nicht eingetragen. Der Betreiber trägt sie vor der Veröffentlichung in der Konfigurationsdatei ein.',
      );
      expect(textsOf(main ?? pageAt(address), 'span.placeholder').length).toBeGreaterThan(0);
    },
  );

  test('the Impressum names the operator and the person responsible, marked as placeholders', () => {
    const text = readText(pageAt('/impressum/'));

    for (const label of [
      'Name des Betreibers',
      'Straße und Hausnummer',
      'Postleitzahl und Ort',
      'E-Mail-Adresse',
      'Verantwortlich für den Inhalt',
    ]) {
      expect(text).toContain(`[Platzhalter: ${label}]`);
    }
  });
});

describe('/barrierefreiheit/', () => {
  test('promises axe on every page in the light scheme, and dark, 320 px and open search once per page template', () => {
    const text = readText(pageAt('/barrierefreiheit/'));

    expect(text).toContain(
      'Bei jeder Änderung prüft ein automatischer Test jede Seite der Website mit dem Prüfwerkzeug axe auf Verstöße gegen die Regeln der WCAG\u00a02.0, 2.1 und 2.2 (Stufen A und AA), im hellen Farbschema und auf normaler Breite.',
    );
    expect(text).toContain(
      'Im dunklen Farbschema, bei 320\u00a0Pixeln Breite und mit geöffneter Suche prüft er je eine Seite jeder Seitenart',
    );
  });
});
