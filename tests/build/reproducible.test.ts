/**
 * Two clean builds of the same sources are byte-identical, so anyone can rebuild a published
 * version from its commit and compare.
 */
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

test('two clean builds produce byte-identical output', () => {
  const result = spawnSync(process.execPath, ['scripts/check-reproducible.mjs'], { encoding: 'utf8' });

  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/^reproducible: two clean builds are identical \(\d+ files\)/);
});
