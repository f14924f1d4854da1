import { load as parseYaml } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { CLAIM_PAGES, expect, test } from './fixtures';

const events = parseYaml(readFileSync('content/ereignisse.yaml', 'utf8')) as Record<string, { text: string }>;

test('the timeline shows every event with its date and an https source link, oldest first', async ({ page }) => {
  await page.goto('/einordnung/');

  const items = page.getByRole('list', { name: 'Zeitleiste' }).getByRole('listitem');
  await expect(items).toHaveCount(Object.keys(events).length);
  const dates: string[] = [];
  for (const item of await items.all()) {
    const time = item.locator('time');
    await expect(time).toHaveText(/^(\d{1,2}\. )?\p{L}+ \d{4}$/u);
    dates.push((await time.getAttribute('datetime')) ?? '');
    const links = item.locator('.sources').getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(1);
    for (const href of await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))) {
      expect(href).toMatch(/^https:\/\//);
    }
  }
  expect(dates).toEqual([...dates].sort());
  await expect(page.locator('.statement time')).toHaveText('August 2022');
});

test('every claim page dates the statement near its top', async ({ page }) => {
  for (const path of CLAIM_PAGES) {
    await page.goto(path);

    const dated = page.getByRole('main').getByText('Stellungnahme vom August 2022').first();
    await expect(dated).toBeVisible();
    const above = await dated.evaluate((element) => {
      const answer = document.getElementById('antwort');
      return answer !== null && Boolean(element.compareDocumentPosition(answer) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(above, path).toBe(true);
  }
});

test("the Einordnung is an aside of its own, apart from Microsoft's answer", async ({ page }) => {
  for (const path of CLAIM_PAGES) {
    await page.goto(path);

    const aside = page.getByRole('complementary', { name: 'Einordnung' });
    await expect(aside).toBeVisible();
    await expect(aside.locator('blockquote, q')).toHaveCount(0);
    await expect(aside.getByRole('link', { name: 'Alle Ereignisse in der Zeitleiste' })).toHaveAttribute(
      'href',
      '/einordnung/',
    );
    const answer = page.getByRole('region', { name: 'Die Antwort von Microsoft Deutschland' });
    await expect(answer.locator('aside, time')).toHaveCount(0);
    const answerText = await answer.innerText();
    for (const event of Object.values(events)) expect(answerText).not.toContain(event.text);
  }
});

test('a claim page shows the later events that concern it, each with date and source', async ({ page }) => {
  await page.goto('/behauptungen/nicht-datenschutzkonform/');

  const aside = page.getByRole('complementary', { name: 'Einordnung' });
  await expect(aside).toContainText('Datenschutzkonferenz (DSK)');
  await expect(aside.locator('time[datetime="2022-11-24"]')).toHaveText('24. November 2022');
  await expect(aside.getByRole('link', { name: 'Datenschutzkonferenz (DSK)' })).toHaveAttribute(
    'href',
    /^https:\/\/www\.datenschutzkonferenz-online\.de\//,
  );
});
