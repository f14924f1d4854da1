import { CLAIM_PAGES, expect, test } from './fixtures';
import { pageAddresses } from '../helpers/dist';

test('a verbatim claim is shown in „…“ and labelled as quoted', async ({ page }) => {
  await page.goto('/behauptungen/cloud-ist-unsicher/');

  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Die Cloud ist unsicher.');
  await expect(heading.locator('q')).toHaveCount(1);
  const marks = await heading.locator('q').evaluate((q) => getComputedStyle(q).quotes);
  expect(marks).toBe('"„" "“" "‚" "‘"');
  await expect(page.getByText('Behauptung, wörtlich zitiert')).toBeVisible();
});

test('a paraphrased claim is marked „sinngemäß“ and not set in quotation marks', async ({ page }) => {
  await page.goto('/behauptungen/diagnosedaten/');

  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading.locator('q')).toHaveCount(0);
  await expect(page.getByText('Behauptung, sinngemäß')).toBeVisible();
  await expect(
    page.getByText('Redaktionelle Zusammenfassung: Die Quelle zitiert diese Behauptung nicht wörtlich.'),
  ).toBeVisible();
});

test("Microsoft's verdict is shown as Microsoft's, only where the source gives one", async ({ page }) => {
  await page.goto('/behauptungen/us-regierung-liest-mit/');
  await expect(page.locator('.verdict')).toHaveText(/^Bewertung durch Microsoft Deutschland:\s*falsch$/);

  await page.goto('/behauptungen/cloud-ist-unsicher/');
  await expect(page.getByText('Bewertung durch Microsoft Deutschland')).toHaveCount(0);
});

test('every claim page says whose position it presents, its source and its date', async ({ page }) => {
  for (const path of CLAIM_PAGES) {
    await page.goto(path);

    await expect(page.getByText('Diese Seite gibt die Position von Microsoft Deutschland wieder')).toBeVisible();
    await expect(
      page.getByRole('main').getByRole('link', {
        name: 'Sind Microsoft 365 und Microsoft Teams datenschutzkonform? Die Antwort lautet: Ja',
      }),
    ).toBeVisible();
    await expect(
      page.getByRole('main').getByRole('link', { name: /Unsere Produkte und Dienste sind datenschutzkonform/ }),
    ).toBeVisible();
    await expect(page.locator('time[datetime]').first()).toHaveText(/^\d{1,2}\. \p{L}+ \d{4}$/u);
    await expect(page.getByText('Microsofts Antwort in einem Satz')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Quelle' })).toContainText('übernommen: Microsoft stellt klar');
  }
});

test('quotations are figures that name speaker, role and source', async ({ page }) => {
  await page.goto('/behauptungen/nicht-datenschutzkonform/');

  const quote = page.locator('#zitat-doering-datenschutzkonform');
  await expect(quote.locator('blockquote')).toContainText('Alle Microsoft Produkte und Dienste können');
  const caption = quote.locator('figcaption');
  await expect(caption).toContainText('Wolfgang Döring, Leiter der Rechtsabteilung bei Microsoft Deutschland');
  await expect(caption.getByRole('link', { name: 'einfachdigitallernen.de' })).toHaveAttribute(
    'href',
    /^https:\/\/www\.einfachdigitallernen\.de\//,
  );
});

test('summaries of indirect speech are labelled as such', async ({ page }) => {
  await page.goto('/behauptungen/us-regierung-liest-mit/');

  const summary = page.getByRole('note').filter({ hasText: 'Waffenproliferation' });
  await expect(summary).toContainText('Sinngemäß wiedergegeben, kein wörtliches Zitat');
  await expect(summary.locator('blockquote, q')).toHaveCount(0);
});

test('the reference to Art. 32 DS-GVO links to the official text', async ({ page }) => {
  await page.goto('/behauptungen/cloud-ist-unsicher/');

  await expect(page.getByRole('link', { name: /Art\. 32 DS-GVO/ })).toHaveAttribute(
    'href',
    'https://eur-lex.europa.eu/legal-content/DE/TXT/?uri=CELEX:32016R0679',
  );
});

// One test per page: with the glossary's many entries, one test over all pages outgrew its time.
for (const path of pageAddresses()) {
  test(`every section heading on ${path} has an id and an anchor link that points to it`, async ({ page }) => {
    await page.goto(path);
    // Titles inside lists of claims are links themselves, not sections.
    const headings = page.locator('main :is(h2, h3, h4):not(.claim-title)');
    const count = await headings.count();

    for (let index = 0; index < count; index += 1) {
      const heading = headings.nth(index);
      const id = await heading.getAttribute('id');
      expect(id, `${path}: ${await heading.textContent()}`).toBeTruthy();
      const text = (await heading.textContent())?.replace(/\s+/g, ' ').trim();
      const anchor = page.getByRole('link', { name: `Link zum Abschnitt „${text}“`, exact: true });
      await expect(anchor).toHaveAttribute('href', `#${id}`);
    }
  });
}

test('following a heading anchor puts the section address into the address bar', async ({ page }) => {
  await page.goto('/behauptungen/cloud-ist-unsicher/');

  await page.getByRole('link', { name: 'Link zum Abschnitt „Quelle“' }).click();

  await expect(page).toHaveURL(/\/behauptungen\/cloud-ist-unsicher\/#quelle$/);
  await expect(page.locator('#quelle')).toBeInViewport();
});

test('previous/next lead through all claims in reading order and back', async ({ page }) => {
  await page.goto(CLAIM_PAGES[0]);
  const pager = page.getByRole('navigation', { name: 'Weitere Behauptungen' });
  await expect(pager.getByRole('link', { name: /Vorherige Behauptung/ })).toHaveCount(0);

  for (const next of CLAIM_PAGES.slice(1)) {
    await pager.getByRole('link', { name: /Nächste Behauptung/ }).click();
    await expect(page).toHaveURL(new RegExp(`${next}$`));
  }
  await expect(pager.getByRole('link', { name: /Nächste Behauptung/ })).toHaveCount(0);

  await pager.getByRole('link', { name: /Vorherige Behauptung/ }).click();
  await expect(page).toHaveURL(new RegExp(`${CLAIM_PAGES[3]}$`));
});

test('related claims link to their pages', async ({ page }) => {
  await page.goto('/behauptungen/microsoft-ueberwacht-nutzer/');

  const related = page.getByRole('region', { name: 'Verwandte Behauptungen' });
  await related.getByRole('link', { name: /Diagnosedaten sind/ }).click();

  await expect(page).toHaveURL(/\/behauptungen\/diagnosedaten\/$/);
});

test('a quotation keeps its register anchor on every page that shows it', async ({ page }) => {
  await page.goto('/behauptungen/diagnosedaten/#zitat-diagnosedaten-notwendig');
  await expect(page.locator('#zitat-diagnosedaten-notwendig')).toBeInViewport();

  await page.goto('/stellungnahme/#zitat-diagnosedaten-notwendig');
  await expect(page.locator('#zitat-diagnosedaten-notwendig')).toBeInViewport();
});
