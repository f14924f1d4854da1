/** The build writes the hosts' `_headers` file from src/security.ts, so hosts get the policy the tests check. */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { headersFile } from '../../src/security';

test('dist/_headers is the headers file of src/security.ts', () => {
  expect(readFileSync('dist/_headers', 'utf8')).toBe(headersFile());
});
