import { markdownConfigDefaults } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import config from '../../astro.config.mjs';

describe('the configured Markdown processor', () => {
  test('renders a GFM table, gives headings ids and an anchor link, and keeps quotes as typed', async () => {
    const processor = config.markdown?.processor;
    if (!processor) throw new Error('no markdown.processor configured');
    const renderer = await processor.createRenderer({
      ...markdownConfigDefaults,
      experimentalHeadingIdCompat: false,
    } as never);

    const { code } = await renderer.render(
      '## Speicherung in der EU\n\n| A | B |\n| - | - |\n| 1 | 2 |\n\n"gerade" und „deutsch“\n',
    );

    expect(code).toContain('<table>');
    expect(code).toContain('<h2 id="speicherung-in-der-eu">Speicherung in der EU</h2>');
    expect(code).toContain(
      '<a href="#speicherung-in-der-eu" aria-label="Link zum Abschnitt „Speicherung in der EU“">#</a>',
    );
    expect(code).toContain('data-copy="Link kopieren: Abschnitt „Speicherung in der EU“"');
    expect(code).toContain('"gerade" und „deutsch“');
  });
});
