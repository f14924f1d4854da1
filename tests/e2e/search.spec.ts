/**
 * The site search as a reader uses it, in Chromium against the built site: the header box,
 * the keyboard, the search page, highlighting on the page a result opens, and what happens
 * without JavaScript, without results, with a broken index and with hostile input.
 */
import type { Page } from '@playwright/test';
import { searchStrings } from '../../src/strings';
import { CLAIM_PAGES } from '../helpers/site';
import { expect, test } from './fixtures';
import { SEARCH_BOX, allDestinations, destination, firstResult, resultList, resultsFor } from './search-helpers';

/** Paths of every request the page makes from now on. */
function recordRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}

test.describe('the header search box', () => {
  test('a content page loads no search code, WebAssembly or index until the reader reaches for the search', async ({
    page,
  }) => {
    const requests = recordRequests(page);
    await page.goto('/behauptungen/cloud-ist-unsicher/');
    await page.waitForLoadState('networkidle');

    expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);

    await page.getByRole('searchbox', SEARCH_BOX).focus();

    await expect
      .poll(() => requests.filter((path) => path.startsWith('/pagefind/')))
      .toEqual(
        expect.arrayContaining(['/pagefind/pagefind.js', expect.stringMatching(/^\/pagefind\/wasm\.de\.pagefind$/)]),
      );
  });

  test('the results are styled by a stylesheet that comes with the search code, not with every page', async ({
    page,
  }) => {
    await page.goto('/behauptungen/cloud-ist-unsicher/');
    const stylesheets = () =>
      page.evaluate(() => [...document.styleSheets].flatMap((sheet) => (sheet.href ? [sheet.href] : [])));
    expect(await stylesheets()).toEqual([]);

    await page.getByRole('searchbox', SEARCH_BOX).pressSequentially('Cloud');
    const first = (await resultsFor(page.getByRole('banner'), 'Cloud')).locator(':scope > li').first();

    expect(await stylesheets()).toEqual([expect.stringMatching(/\/_astro\/search\.[\w-]+\.css$/)]);
    // The line under each result comes from that stylesheet.
    await expect(first).toHaveCSS('border-bottom-width', '1px');
  });

  test('the words a reader types never leave the browser: no request carries them', async ({ page }) => {
    const urls: string[] = [];
    page.on('request', (request) => urls.push(decodeURIComponent(request.url()).toLowerCase()));
    await page.goto('/behauptungen/cloud-ist-unsicher/');

    await page.getByRole('searchbox', SEARCH_BOX).pressSequentially('Waffenproliferation');
    await expect(
      (await resultsFor(page.getByRole('banner'), 'Waffenproliferation')).getByRole('link').first(),
    ).toBeVisible();

    expect(urls.some((url) => url.includes('/pagefind/'))).toBe(true);
    expect(urls.filter((url) => url.includes('waffen'))).toEqual([]);
  });

  test('shows matching claims as the reader types, with the matched words marked', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('searchbox', SEARCH_BOX);
    const header = page.getByRole('banner');

    await box.pressSequentially('Cloud');

    const results = await resultsFor(header, 'Cloud');
    await expect(results.getByRole('link', { name: 'Die Cloud ist unsicher.' })).toBeVisible();
    await expect(results.locator('mark').first()).toHaveText(/^Cloud/);

    await box.fill('');
    await box.pressSequentially('Telemetrie');

    // The claim comes first, before the glossary entry that explains the word.
    await expect(header.getByRole('status')).toHaveText(/^\d+ Ergebnisse? für „Telemetrie“$/);
    await expect(resultList(header).getByRole('link').first()).toHaveText(/^Diagnosedaten in den Produkten/);
  });

  test('works with the keyboard alone: shortcut, arrow keys, Esc and Enter', async ({ page }) => {
    await page.goto('/behauptungen/cloud-ist-unsicher/');
    const box = page.getByRole('searchbox', SEARCH_BOX);
    const header = page.getByRole('banner');

    await page.keyboard.press('/');
    await expect(box).toBeFocused();
    await page.keyboard.type('Waffenproliferation');
    const links = (await resultsFor(header, 'Waffenproliferation')).getByRole('link');
    await expect(links.first()).toHaveText('„die US-Regierung liest alles mit“');

    await page.keyboard.press('ArrowDown');
    await expect(links.first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await expect(links.nth(1)).toHaveText('Wofür die US-Regierung laut Stellungnahme Daten verlangt');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(box).toBeFocused();

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect(box).toBeFocused();
    await expect(box).toHaveValue('Waffenproliferation');
    await expect(resultList(header)).toHaveCount(0);

    await page.keyboard.press('Tab');
    await expect(box).not.toBeFocused();
    await page.keyboard.press('Control+K');
    await expect(box).toBeFocused();
    await page.keyboard.type('NSA');
    await expect(box).toHaveValue('NSA');
    await expect((await resultsFor(header, 'NSA')).getByRole('link').first()).toHaveText(
      '„die US-Regierung liest alles mit“',
    );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/behauptungen\/us-regierung-liest-mit\/\?markiert=nsa$/i);
  });

  test('Enter in the box opens the search page with the query', async ({ page }) => {
    await page.goto('/behauptungen/diagnosedaten/');

    await page.getByRole('searchbox', SEARCH_BOX).fill('Rechenzentren');
    await page.getByRole('searchbox', SEARCH_BOX).press('Enter');

    await expect(page).toHaveURL(/\/suche\/\?q=Rechenzentren$/);
    await expect(await resultsFor(page, 'Rechenzentren')).toBeVisible();
  });

  test('the list closes when focus leaves the search', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', SEARCH_BOX).pressSequentially('Cloud');
    await expect(await resultsFor(page.getByRole('banner'), 'Cloud')).toBeVisible();

    await page.getByRole('heading', { level: 1 }).click();

    await expect(resultList(page.getByRole('banner'))).toHaveCount(0);
  });
});

test.describe('results that lead into a page', () => {
  test('a section result opens the section, with the search words marked', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', SEARCH_BOX).pressSequentially('Waffenproliferation');

    await (
      await resultsFor(page.getByRole('banner'), 'Waffenproliferation')
    )
      .getByRole('link', { name: 'Wofür die US-Regierung laut Stellungnahme Daten verlangt' })
      .click();

    await expect(page).toHaveURL(
      /\/behauptungen\/us-regierung-liest-mit\/\?markiert=waffenproliferation#wof%C3%BCr-die-us-regierung-daten-verlangt$/i,
    );
    await expect(
      page.getByRole('heading', { name: 'Wofür die US-Regierung laut Stellungnahme Daten verlangt' }),
    ).toBeInViewport();
    const mark = page.locator('mark.pagefind-highlight');
    await expect(mark).toHaveText(['Waffenproliferation']);
    await expect(mark).toBeInViewport();
  });

  test("highlighting adds no <style> element: its look comes from the site's stylesheet", async ({ page, request }) => {
    const path = '/behauptungen/cloud-ist-unsicher/';
    const built = (await (await request.get(path)).text()).match(/<style[\s>]/g)?.length ?? 0;

    await page.goto(`${path}?markiert=Cloud`);
    await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();

    expect(await page.locator('style').count()).toBe(built);
    const background = await page
      .locator('mark.pagefind-highlight')
      .first()
      .evaluate((mark) => getComputedStyle(mark).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });

  test('without a section in the address, the first marked word is scrolled into view', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 500 });

    await page.goto('/behauptungen/diagnosedaten/?markiert=Infrastrukturen');

    await expect(page.locator('mark.pagefind-highlight')).toHaveText(['Infrastrukturen']);
    await expect(page.locator('mark.pagefind-highlight')).toBeInViewport();
  });

  test('what pages repeat (previous/next, related claims, labels) is neither searched nor marked', async ({ page }) => {
    // Only one claim says „liest“, but previous/next and related lists name it on three more.
    await page.goto('/suche/?q=liest');
    await expect(page.getByRole('status')).toHaveText('1 Ergebnis für „liest“');
    // „Stand“ labels the date on every claim page; other pages match it only as the start of a
    // longer word („Standardvertragsklauseln“), never a claim page.
    await page.goto('/suche/?q=Stand');
    await resultsFor(page, 'Stand');
    expect((await allDestinations(page)).filter((path) => path.startsWith('/behauptungen/'))).toEqual([]);

    await page.goto('/behauptungen/cloud-ist-unsicher/?markiert=zitiert');
    await expect(page.getByText('zitiert nach').first()).toBeVisible();
    await expect(page.locator('mark.pagefind-highlight')).toHaveCount(0);
  });
});

test.describe('glossary entries and timeline events', () => {
  /** The words of a text, in lower case, without punctuation. */
  const words = (text: string) => text.toLocaleLowerCase('de-DE').match(/[\p{L}\p{N}]+/gu) ?? [];

  test('a glossary entry is a result of its own in the header box: titled by its term, excerpted from its own text, opening at the entry with the word marked', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('searchbox', SEARCH_BOX).pressSequentially('Standardvertragsklauseln');
    const first = (await resultsFor(page.getByRole('banner'), 'Standardvertragsklauseln'))
      .locator(':scope > li')
      .first();

    await expect(first.locator('.search-kind')).toHaveText(searchStrings.pageTypes.glossary);
    const title = first.locator('a.search-title');
    await expect(title).toHaveText('Standardvertragsklauseln');
    expect(destination(await title.getAttribute('href'))).toBe('/begriffe/#standardvertragsklauseln');
    const excerpt = await first.locator('.search-excerpt').innerText();
    await expect(first.locator('.search-excerpt mark').first()).toHaveText(/^Standardvertragsklauseln/);
    await title.click();

    await expect(page).toHaveURL(/\/begriffe\/\?markiert=standardvertragsklauseln#standardvertragsklauseln$/i);
    const entry = page.getByRole('region', { name: 'Standardvertragsklauseln' });
    await expect(entry).toBeInViewport();
    await expect(entry.locator('mark.pagefind-highlight').first()).toHaveText('Standardvertragsklauseln');
    // Every word of the excerpt is a word of this entry, none from another one.
    const own = new Set(words(await entry.innerText()));
    expect(words(excerpt).filter((word) => !own.has(word))).toEqual([]);
  });

  test('a timeline event is a result of its own: titled by its date and title, opening at the event', async ({
    page,
  }) => {
    await page.goto('/suche/?q=Signalaufklärung');
    const first = (await resultsFor(page, 'Signalaufklärung')).locator(':scope > li').first();

    await expect(first.locator('.search-kind')).toHaveText(searchStrings.pageTypes.context);
    const title = first.locator('a.search-title');
    await expect(title).toHaveText('7. Oktober 2022: Executive Order 14086 in den USA');
    await expect(first.locator('.search-sections')).toHaveCount(0);
    await title.click();

    await expect(page).toHaveURL(/\/einordnung\/\?markiert=signalaufklarung#ereignis-eo-14086$/i);
    await expect(page.locator('mark.pagefind-highlight')).toHaveText(['Signalaufklärung', 'Signalaufklärung']);
    await expect(page.locator('mark.pagefind-highlight').first()).toBeInViewport();
  });
});

test.describe('the search page', () => {
  test('runs the query in the address on load and keeps the address in step while typing', async ({ page }) => {
    await page.goto('/suche/?q=Telemetrie');
    const box = page.getByRole('searchbox', SEARCH_BOX);

    await expect(box).toHaveValue('Telemetrie');
    await expect(page.getByText('Die Volltextsuche braucht JavaScript.')).toBeHidden();
    await expect(page.getByRole('status')).toHaveText(/^\d+ Ergebnisse? für „Telemetrie“$/);
    await expect(resultList(page).getByRole('link').first()).toHaveText(/^Diagnosedaten in den Produkten/);
    const entries = await page.evaluate(() => history.length);

    await box.fill('Geheimdienst');

    await expect(page).toHaveURL(/\/suche\/\?q=Geheimdienst$/);
    await expect((await resultsFor(page, 'Geheimdienst')).getByRole('link').first()).toHaveText(
      '„die US-Regierung liest alles mit“',
    );
    expect(await page.evaluate(() => history.length)).toBe(entries);
  });

  test('nothing on the page jumps when its script starts', async ({ page }) => {
    await page.goto('/suche/');
    await expect(page.getByRole('group', { name: /Themen/ })).toBeVisible();
    // The script starts as the reader reaches for the form, and starts loading Pagefind.
    const started = page.waitForRequest((request) => request.url().endsWith('/pagefind/pagefind.js'));
    await page.getByRole('searchbox', SEARCH_BOX).focus();
    await started;

    // Every shift since the page started, read at once from the browser's buffer.
    const shift = await page.evaluate(() => {
      const observer = new PerformanceObserver(() => undefined);
      observer.observe({ type: 'layout-shift', buffered: true });
      const entries = observer.takeRecords() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
      observer.disconnect();
      return entries.filter((entry) => !entry.hadRecentInput).reduce((sum, entry) => sum + entry.value, 0);
    });

    expect(shift).toBeLessThan(0.01);
  });

  test("shows Microsoft's one-line answer with each claim", async ({ page }) => {
    await page.goto('/suche/?q=Spionage');

    await expect((await resultsFor(page, 'Spionage')).locator('li').first()).toContainText(
      'Microsofts Antwort in einem Satz: Laut Microsoft Deutschland ist die technische Verbindung',
    );
  });

  test('topic filters narrow the results and are kept in the address', async ({ page }) => {
    await page.goto('/suche/?q=Daten');
    const unfiltered = await (await resultsFor(page, 'Daten')).locator(':scope > li').count();

    await page.getByRole('checkbox', { name: 'Zugriff durch Behörden' }).check();

    await expect(page).toHaveURL(/\/suche\/\?q=Daten&thema=behoerdenzugriff$/);
    await expect(resultList(page).locator(':scope > li')).toHaveCount(1);
    expect(unfiltered).toBeGreaterThan(1);
    expect((await firstResult(page)).page).toBe('/behauptungen/us-regierung-liest-mit/');

    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Zugriff durch Behörden' })).toBeChecked();
    await expect(resultList(page).locator(':scope > li')).toHaveCount(1);
  });

  test('a topic without a query lists the pages of that topic', async ({ page }) => {
    await page.goto('/suche/');

    await page.getByRole('checkbox', { name: 'Überwachung' }).check();

    await expect(page.getByRole('status')).toHaveText('2 Seiten zu den gewählten Themen');
    await expect(page).toHaveURL(/\/suche\/\?thema=ueberwachung$/);
  });

  test('without results it says so in German and offers the A–Z list', async ({ page }) => {
    await page.goto('/suche/?q=Quantencomputer');

    await expect(page.getByRole('status')).toHaveText(searchStrings.noResults('Quantencomputer'));
    await expect(page.getByRole('status')).toHaveText(/^Keine Ergebnisse für „Quantencomputer“\./);
    await expect(page.getByRole('heading', { name: 'Alle Behauptungen und Themen von A bis Z' })).toBeVisible();
  });

  test('without JavaScript it lists every claim A–Z with its one-line answer and says search needs JavaScript', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();

    await page.goto('/suche/?q=Cloud');

    await expect(page.getByText('Die Volltextsuche braucht JavaScript.')).toBeVisible();
    const claims = page.locator('.claim-list > li');
    await expect(claims).toHaveCount(CLAIM_PAGES.length);
    for (const claim of await claims.all())
      await expect(claim.locator('.answer')).toHaveText(/^Laut (Microsoft Deutschland|Wolfgang Döring) .+\.$/);
    await expect(resultList(page)).toHaveCount(0);
    await expect(page.getByRole('group', { name: 'Nur diese Themen' })).toBeHidden();
    await context.close();
  });
});

test.describe('hostile and broken input', () => {
  const ATTACK = '<img src=x onerror=alert(1)>';

  test('a query with markup is shown as text and never executed', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const requests = recordRequests(page);

    await page.goto('/');
    await page.getByRole('searchbox', SEARCH_BOX).fill(ATTACK);
    await expect(page.getByRole('banner').getByRole('status')).toContainText(`für „${ATTACK}“`);

    await page.goto(`/suche/?q=${encodeURIComponent(ATTACK)}`);
    await expect(page.getByRole('status')).toContainText(`für „${ATTACK}“`);
    await expect(page.getByRole('searchbox', SEARCH_BOX)).toHaveValue(ATTACK);

    expect(await page.locator('img').count()).toBe(0);
    expect(requests.filter((path) => path.endsWith('/x'))).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  test.describe('when the index cannot be loaded', () => {
    test.use({ allowedConsoleErrors: [/Failed to load resource|Failed to fetch dynamically imported module/] });

    test('the header box and the search page say so in German', async ({ page }) => {
      await page.route('**/pagefind/**', (route) => route.abort());

      await page.goto('/');
      await page.getByRole('searchbox', SEARCH_BOX).pressSequentially('Cloud');
      await expect(page.getByRole('banner').getByRole('status')).toHaveText(/^Die Suche konnte nicht geladen werden\./);

      await page.goto('/suche/?q=Cloud');
      await expect(page.getByRole('status')).toHaveText(/^Die Suche konnte nicht geladen werden\./);
      await expect(page.getByRole('heading', { name: 'Alle Behauptungen und Themen von A bis Z' })).toBeVisible();
    });

    test('when a filter blocks the search code, the search page says so beside the A–Z list and keeps the query', async ({
      page,
    }) => {
      await page.route(/\/_astro\/searchPage\.[^/]*\.js$/, (route) => route.abort());

      await page.goto('/suche/?q=Cloud');

      await expect(page.getByText(/^Die Volltextsuche konnte nicht geladen werden/)).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Alle Behauptungen und Themen von A bis Z' })).toBeVisible();
      await expect(page.locator('.claim-list > li')).toHaveCount(CLAIM_PAGES.length);
      await expect(page.getByRole('searchbox', SEARCH_BOX)).toHaveValue('Cloud');
    });
  });
});

test.describe('one ranking', () => {
  test('the header box and the search page list the same pages, entries and events in the same order', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('searchbox', SEARCH_BOX).pressSequentially('Daten');
    const header = page.getByRole('banner');
    await expect(header.getByRole('status')).toHaveText(/Ergebnisse für „Daten“/);
    const places = (links: string[]) => links.map(destination);
    const inHeader = places(
      await resultList(header)
        .locator('a.search-title')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')),
    );

    await page.goto('/suche/?q=Daten');
    await expect(page.getByRole('status')).toHaveText(/Ergebnisse für „Daten“/);
    const onPage = places(
      await resultList(page)
        .locator('a.search-title')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')),
    );

    expect(inHeader.length).toBeGreaterThan(1);
    expect(onPage.slice(0, inHeader.length)).toEqual(inHeader);
  });
});

test.describe('under a strict Content-Security-Policy', () => {
  /** The script policy the issue asks for, sent as a header with every response, workers included. */
  const POLICY =
    "script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'";

  test('search, results and highlighting work and nothing violates the policy', async ({ page }) => {
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        void (window as unknown as { reportViolation(text: string): Promise<void> }).reportViolation(
          `${event.violatedDirective} ${event.blockedURI}`,
        );
      });
    });
    const withPolicy: string[] = [];
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      withPolicy.push(new URL(route.request().url()).pathname);
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': POLICY } });
    });

    await page.goto('/behauptungen/diagnosedaten/');
    await page.getByRole('searchbox', SEARCH_BOX).pressSequentially('Waffenproliferation');
    await (
      await resultsFor(page.getByRole('banner'), 'Waffenproliferation')
    )
      .getByRole('link', { name: 'Wofür die US-Regierung laut Stellungnahme Daten verlangt' })
      .click();
    await expect(page.locator('mark.pagefind-highlight')).toHaveText(['Waffenproliferation']);

    await page.goto('/suche/?q=Telemetrie');
    await expect((await resultsFor(page, 'Telemetrie')).getByRole('link').first()).toHaveText(/^Diagnosedaten/);

    expect(withPolicy).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/wasm.de.pagefind']));
    // Pagefind's code comes once: its worker, a second copy, is not fetched.
    expect(withPolicy).not.toContain('/pagefind/pagefind-worker.js');
    expect(violations).toEqual([]);
  });
});
