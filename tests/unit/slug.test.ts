import { describe, expect, test } from 'vitest';
import { slugFromFileName } from '../../src/data/slug';

describe('slugFromFileName', () => {
  test('uses the file name without its extension as the slug', () => {
    const generateId = slugFromFileName('content/behauptungen');

    expect(generateId({ entry: 'cloud-ist-unsicher.mdx' })).toBe('cloud-ist-unsicher');
  });

  test('accepts the same file again, as when it is edited during development', () => {
    const generateId = slugFromFileName('content/behauptungen');

    generateId({ entry: 'diagnosedaten.mdx' });

    expect(generateId({ entry: 'diagnosedaten.mdx' })).toBe('diagnosedaten');
  });

  test('rejects two files with the same slug and names both', () => {
    const generateId = slugFromFileName('content/behauptungen');
    generateId({ entry: 'diagnosedaten.mdx' });

    expect(() => generateId({ entry: 'alt/diagnosedaten.mdx' })).toThrow(
      'content/behauptungen/alt/diagnosedaten.mdx: the slug "diagnosedaten" (the file name) is already used by content/behauptungen/diagnosedaten.mdx',
    );
  });
});
