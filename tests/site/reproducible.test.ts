/**
 * The build is reproducible: one clean rebuild gives the same bytes as the `dist/` under test,
 * so anyone can rebuild a published version from its commit and compare.
 */
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { buildEnv } from '../helpers/build-env';

test('a clean rebuild is byte-identical to dist/', { timeout: 180_000 }, () => {
  const result = spawnSync(process.execPath, ['scripts/check-reproducible.mjs', 'dist'], {
    encoding: 'utf8',
    env: buildEnv(),
  });

  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/^reproducible: dist and a clean rebuild are identical \(\d+ files\)/);
});
