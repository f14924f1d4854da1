/**
 * The „Link kopieren“ controls beside headings and quotations stay quiet: with a mouse they
 * appear when the reader points at or tabs into their passage; on a touch screen, which cannot
 * point, they are always there; without JavaScript the plain „#“ links remain.
 */
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';

const PAGE = '/behauptungen/nicht-datenschutzkonform/';
const opacity = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).opacity);

test.describe('with a mouse', () => {
  test('copy buttons stay out of sight until the reader points at their heading or quotation', async ({ page }) => {
    await page.goto(PAGE);
    const heading = page.locator('.heading-wrapper', {
      has: page.getByRole('heading', { name: 'Vertragliche Zusagen und technische Mittel' }),
    });
    const button = heading.getByRole('button', {
      name: 'Link kopieren: Abschnitt „Vertragliche Zusagen und technische Mittel“',
    });
    await expect(button).toBeAttached();

    const resting = await page
      .locator('.link-controls .copy-button')
      .evaluateAll((buttons) => buttons.map((element) => getComputedStyle(element).opacity));
    expect(resting.length).toBeGreaterThan(9);
    expect(new Set(resting)).toEqual(new Set(['0']));

    await heading.getByRole('heading').hover();
    await expect.poll(() => opacity(button)).toBe('1');

    const quote = page.locator('.quote-block').first();
    await quote.locator('blockquote').hover();
    await expect.poll(() => opacity(quote.getByRole('button'))).toBe('1');
    await expect.poll(() => opacity(button)).toBe('0');
  });

  test('a keyboard user sees the button as soon as the passage’s „#“ link has the focus, and can use it', async ({
    page,
  }) => {
    await page.goto(PAGE);
    const anchor = page.getByRole('link', { name: 'Link zum Abschnitt „Die Antwort von Microsoft Deutschland“' });
    const button = page.getByRole('button', {
      name: 'Link kopieren: Abschnitt „Die Antwort von Microsoft Deutschland“',
    });
    await page.mouse.move(0, 0);

    await anchor.focus();
    await expect.poll(() => opacity(button)).toBe('1');
    await page.keyboard.press('Tab');

    await expect(button).toBeFocused();
    await expect.poll(() => opacity(button)).toBe('1');
    const outline = await button.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');
  });
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('every copy button is shown, small and quiet, without pointing at anything', async ({ page }) => {
    await page.goto(PAGE);
    const buttons = page.locator('.link-controls .copy-button');
    await expect(buttons.first()).toBeVisible();

    const styles = await buttons.evaluateAll((elements) =>
      elements.map((element) => {
        const style = getComputedStyle(element);
        return { opacity: style.opacity, size: Number.parseFloat(style.fontSize) };
      }),
    );
    const body = await page.evaluate(() => Number.parseFloat(getComputedStyle(document.body).fontSize));

    expect(styles.length).toBeGreaterThan(9);
    for (const style of styles) {
      expect(style.opacity).toBe('1');
      expect(style.size).toBeLessThan(body);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each heading and quotation keeps its plain „#“ link and shows no copy button', async ({ page }) => {
    await page.goto(PAGE);

    await expect(page.getByRole('button', { name: /^Link kopieren/ })).toHaveCount(0);
    const anchor = page.getByRole('link', {
      name: 'Link zum Abschnitt „Wolfgang Döring zum datenschutzkonformen Einsatz“',
    });
    await expect(anchor).toBeVisible();
    await anchor.click();
    await expect(page).toHaveURL(/#datenschutzkonform-auch-an-schulen$/);
  });
});
