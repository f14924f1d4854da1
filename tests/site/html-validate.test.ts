/**
 * Every built page is valid HTML by html-validate's recommended rules (`.htmlvalidate.mjs`
 * says which rule is off and why): what the validator reports, a browser or a screen reader
 * may get wrong.
 */
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtHtml } from '../helpers/dist';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = builtHtml().filter((page) => !page.isRedirect);

describe('html-validate', () => {
  test('finds the built pages', () => {
    expect(pages.map((page) => page.address)).toEqual(expect.arrayContaining(['/', '/404.html', '/quellen/']));
  });

  test.each(pages.map((page) => [page.address, page.file]))('%s has no error', async (_address, file) => {
    const report = await validator.validateFile(path.join('dist', file));

    const errors = report.results.flatMap((result) =>
      result.messages.map(
        (message) => `${String(message.line)}:${String(message.column)} ${message.ruleId}: ${message.message}`,
      ),
    );
    expect(errors).toEqual([]);
  });
});
