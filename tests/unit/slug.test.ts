import { describe, expect, test } from 'vitest';
import { slugOf } from '../../src/data/slug';

describe('slugOf', () => {
  test('is the file name without .mdx, whatever folder the file lies in', () => {
    expect(slugOf('content/behauptungen/archiv/cloud-ist-unsicher.mdx')).toBe('cloud-ist-unsicher');
  });
});
