import { describe, expect, test } from 'vitest';
import { svgDataUri } from '../../src/lib/site-icon';

describe('svgDataUri', () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path fill="#1f4e79" d="M0 0h32v32z"/><text>„100 %“</text></svg>\n';

  test('gives the SVG back when decoded, with single quotes for double ones', () => {
    const uri = svgDataUri(svg);

    expect(uri.startsWith('data:image/svg+xml,')).toBe(true);
    expect(decodeURIComponent(uri.slice('data:image/svg+xml,'.length))).toBe(svg.trim().replaceAll('"', "'"));
  });

  test('leaves nothing in the address that an attribute or a URL would read otherwise', () => {
    const address = svgDataUri(svg).slice('data:image/svg+xml,'.length);

    expect(address).not.toMatch(/[<>"# \n]|%(?![0-9A-F]{2})|[^\x21-\x7e]/);
  });

  test('refuses an SVG with single quotes, which the swap would break', () => {
    expect(() => svgDataUri('<svg><text font-family="\'Noto Sans\'">x</text></svg>')).toThrow(/single quotes/);
  });
});
