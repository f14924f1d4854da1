import { readAddressList } from '../../src/data/addresses';
import { expect, test } from './fixtures';
import { pageAddresses } from '../helpers/dist';

const list = readAddressList('content');

for (const { path, redirect } of list.entries) {
  if (redirect) {
    test(`the moved address ${path} forwards to ${redirect}`, async ({ page }) => {
      await page.goto(path);

      await expect(page).toHaveURL(new RegExp(`${redirect}$`));
    });
  } else {
    test(`the published address ${path} answers`, async ({ request }) => {
      const response = await request.get(path);

      expect(response.status()).toBe(200);
      expect((await response.body()).length).toBeGreaterThan(0);
    });
  }
}

test('every page of the build is in the list of published addresses', () => {
  const listed = new Set(list.entries.map((entry) => entry.path));

  expect(pageAddresses().filter((page) => !listed.has(page))).toEqual([]);
});
