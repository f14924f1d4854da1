/**
 * The W3C Nu Html Checker (the validator behind validator.w3.org/nu) over every built page:
 * it reads HTML the way browsers parse it and catches what html-validate does not, such as
 * an element after `</html>`. Runs Java with the checker from the `vnu-jar` package.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, test } from 'vitest';

interface NuMessage {
  type: string;
  url?: string;
  message: string;
  extract?: string;
}

test('the Nu Html Checker finds no error on any built page', { timeout: 180_000 }, () => {
  const jar = path.join(
    path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')),
    'build/dist/vnu.jar',
  );

  // A short run: Java's quick compiler only and one garbage collector thread halve the CPU time;
  // the quick compiler's larger frames need the bigger stack the checker asks for.
  const java = ['-Xss16m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];
  const result = spawnSync(
    'java',
    [...java, '-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', 'dist'],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );

  expect(result.error, 'Java must be installed (Debian: openjdk-17-jre-headless)').toBeUndefined();
  const { messages } = JSON.parse(result.stderr) as { messages: NuMessage[] };
  const errors = messages
    .filter((message) => message.type === 'error' || message.type === 'non-document-error')
    .map((message) => `${message.url?.replace(/^.*\/dist\//, '/') ?? ''}: ${message.message} ${message.extract ?? ''}`);
  expect(errors).toEqual([]);
  expect(result.status).toBe(0);
});
