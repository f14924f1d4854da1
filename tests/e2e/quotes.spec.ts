import { builtPages, expect, quotationRegister, test } from './fixtures';

const register = quotationRegister();
const texts = new Set(Object.values(register).map((quote) => quote.text));

for (const path of builtPages()) {
  test(`every quotation on ${path} comes word for word from the register`, async ({ page }) => {
    await page.goto(path);

    const shown = await page
      .locator('blockquote, q')
      .evaluateAll((elements) => elements.map((element) => element.textContent.replace(/\s+/g, ' ').trim()));

    expect(shown.filter((text) => !texts.has(text))).toEqual([]);
  });
}

test('a quotation keeps its register anchor on every page that shows it', async ({ page }) => {
  await page.goto('/behauptungen/diagnosedaten/#zitat-diagnosedaten-notwendig');
  await expect(page.locator('#zitat-diagnosedaten-notwendig')).toBeInViewport();

  await page.goto('/stellungnahme/#zitat-diagnosedaten-notwendig');
  await expect(page.locator('#zitat-diagnosedaten-notwendig')).toBeInViewport();
});
