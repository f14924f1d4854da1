/** The build writes the hosts' files from src/security.ts, so every host gets the headers the tests check. */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { HEADERS_FILE, NGINX_CACHE_FILE, NGINX_HEADERS_FILE } from '../../src/integrations/hosting-files';
import { headersFile, nginxCacheMap, nginxHeadersFile } from '../../src/security';

test.each([
  [HEADERS_FILE, headersFile()],
  [NGINX_HEADERS_FILE, nginxHeadersFile()],
  [NGINX_CACHE_FILE, nginxCacheMap()],
])('dist/%s is written from src/security.ts', (file, expected) => {
  expect(readFileSync(`dist/${file}`, 'utf8')).toBe(expected);
});
