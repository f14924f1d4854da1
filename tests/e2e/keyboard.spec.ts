/**
 * The whole claim page with the keyboard alone: every stop shows its focus, the walk reaches
 * every kind of control in order, and nothing traps the focus.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const PAGE = '/behauptungen/cloud-ist-unsicher/';

interface Stop {
  name: string;
  tag: string;
  visibleFocus: boolean;
  inFooter: boolean;
}

/** What has focus now, and whether a sighted keyboard user can see it. */
function currentStop(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    // Close enough to the accessible name for these controls: aria-label, the label of a
    // field, or the text without the parts hidden from assistive technology.
    const accessibleName = (target: Element): string => {
      const labelled = target.getAttribute('aria-label') ?? (target as HTMLInputElement).labels?.[0]?.textContent;
      if (labelled) return labelled.trim();
      const copy = target.cloneNode(true) as Element;
      for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
      return copy.textContent.replace(/\s+/g, ' ').trim();
    };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none';
    return {
      name: accessibleName(element),
      tag: element.tagName.toLowerCase(),
      visibleFocus: outline || shadow,
      inFooter: element.closest('footer') !== null,
    };
  });
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('Tab walks the whole claim page with visible focus and leaves it at the end, without a trap', async ({ page }) => {
  await page.goto(PAGE);

  const stops = await walk(page, 'Tab');

  expect(stops.length, 'the walk ended: focus left the page after the last control').toBeLessThan(200);
  expect(stops.filter((stop) => !stop.visibleFocus).map((stop) => stop.name)).toEqual([]);
  const names = stops.map((stop) => stop.name);
  expect(names[0]).toBe('Zum Inhalt springen');
  const order: (string | RegExp)[] = [
    'Behauptungen und Themen',
    'Behauptungen und Zitate durchsuchen',
    'Link zum Abschnitt „Die Antwort von Microsoft Deutschland“',
    'Link kopieren: Abschnitt „Die Antwort von Microsoft Deutschland“',
    /^Nächste Behauptung/,
    'Impressum',
  ];
  const positions = order.map((wanted) =>
    names.findIndex((name) => (typeof wanted === 'string' ? name === wanted : wanted.test(name))),
  );
  expect(
    positions.every((position) => position >= 0),
    `stops: ${names.join(' | ')}`,
  ).toBe(true);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  expect(stops.at(-1)?.inFooter).toBe(true);
});

/** Every stop of a walk with `key`, until focus leaves the page (at most 200 presses). */
async function walk(page: Page, key: string): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let press = 0; press < 200; press += 1) {
    await page.keyboard.press(key);
    const stop = await currentStop(page);
    if (stop === null) break;
    stops.push(stop);
  }
  return stops;
}

test('Shift+Tab from the last control walks back through the same stops in reverse order', async ({ page }) => {
  await page.goto(PAGE);
  const forward = (await walk(page, 'Tab')).map((stop) => stop.name);
  await page.goto(PAGE);
  await page.getByRole('contentinfo').getByRole('link').last().focus();

  const back = (await walk(page, 'Shift+Tab')).map((stop) => stop.name);

  // Past the first stop the browser wraps around to the end; the walk back is the part before.
  expect(forward.length).toBeLessThan(200);
  expect(back.slice(0, forward.length - 1)).toEqual(forward.slice(0, -1).reverse());
});

test('a keyboard user copies a section link and hears the confirmation', async ({ page }) => {
  await page.goto(PAGE);
  const button = page.getByRole('button', { name: 'Link kopieren: Abschnitt „Quelle“' });

  await button.focus();
  await page.keyboard.press('Enter');

  await expect(page.getByText('Link kopiert').first()).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/behauptungen\/cloud-ist-unsicher\/#quelle$/);
});

test('a keyboard user moves to the next claim and back', async ({ page }) => {
  await page.goto(PAGE);
  const pager = page.getByRole('navigation', { name: 'Weitere Behauptungen und Themen' });

  await pager.getByRole('link', { name: /Nächste Behauptung/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/behauptungen\/us-regierung-liest-mit\/$/);
  await pager.getByRole('link', { name: /Vorherige Behauptung/ }).focus();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/behauptungen\/cloud-ist-unsicher\/$/);
});
