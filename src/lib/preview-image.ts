/**
 * Preview images (1200×630 PNG) for messengers and social networks, drawn at build time:
 * satori lays out the text and turns it into vector paths, resvg paints the PNG. The fonts
 * are files from npm packages (@fontsource), read from disk, so building never contacts
 * another host.
 */
import { Resvg } from '@resvg/resvg-js';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori from 'satori';
import { site } from '../site.config';

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** The site's light palette (the page's tokens), so previews look like the site. */
const COLOURS = { background: '#ffffff', text: '#1b1f24', muted: '#4b5563', accent: '#1f4e79', surface: '#f3f4f6' };

export interface PreviewContent {
  /** Small line above the headline, e.g. „Behauptung, wörtlich zitiert“. */
  eyebrow: string;
  /** The claim (or question) as shown on the page, with „…“ when it is a quotation. */
  headline: string;
  /** Label of the answer, e.g. „Microsofts Antwort in einem Satz“. */
  answerLabel: string;
  answer: string;
}

// Resolve from the project, not from this file: the built module runs from the output folder.
const require = createRequire(path.join(process.cwd(), 'package.json'));
const font = (file: string) => readFile(require.resolve(file));

let fonts: Promise<Parameters<typeof satori>[1]['fonts']> | undefined;
function loadFonts() {
  fonts ??= Promise.all([
    font('@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff'),
    font('@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff'),
    font('@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff'),
  ]).then(([serif, sans, sansBold]) => [
    { name: 'Source Serif 4', data: serif, weight: 700 as const, style: 'normal' as const },
    { name: 'Source Sans 3', data: sans, weight: 400 as const, style: 'normal' as const },
    { name: 'Source Sans 3', data: sansBold, weight: 700 as const, style: 'normal' as const },
  ]);
  return fonts;
}

/** Larger type for short text; long claims and answers get smaller type instead of being cut. */
const fit = (text: string, sizes: readonly [maxLength: number, size: number][], smallest: number) =>
  sizes.find(([maxLength]) => text.length <= maxLength)?.[1] ?? smallest;

interface Node {
  type: string;
  props: { style: Record<string, string | number>; children: string | Node | Node[] };
}
const box = (style: Node['props']['style'], children: Node['props']['children']): Node => ({
  type: 'div',
  props: { style, children },
});

function layout({ eyebrow, headline, answerLabel, answer }: PreviewContent): Node {
  const text = box(
    {
      flex: 1,
      display: 'flex',
      flexDirection: 'column',
      padding: '52px 64px 44px 64px',
    },
    [
      box(
        { fontSize: 26, fontWeight: 700, letterSpacing: 1, textTransform: 'uppercase', color: COLOURS.muted },
        eyebrow,
      ),
      box(
        {
          marginTop: 14,
          fontFamily: 'Source Serif 4',
          fontWeight: 700,
          lineHeight: 1.15,
          fontSize: fit(
            headline,
            [
              [40, 72],
              [80, 56],
              [140, 46],
            ],
            38,
          ),
        },
        headline,
      ),
      box(
        {
          display: 'flex',
          flexDirection: 'column',
          marginTop: 'auto',
          padding: '18px 28px',
          background: COLOURS.surface,
          borderRadius: 8,
        },
        [
          box({ fontSize: 24, fontWeight: 700, color: COLOURS.muted }, answerLabel),
          box(
            {
              marginTop: 6,
              fontSize: fit(
                answer,
                [
                  [120, 34],
                  [200, 30],
                ],
                27,
              ),
              lineHeight: 1.3,
            },
            answer,
          ),
        ],
      ),
      box({ display: 'flex', justifyContent: 'space-between', marginTop: 24, fontSize: 26 }, [
        box({ fontWeight: 700, color: COLOURS.accent }, site.name),
        box({ color: COLOURS.muted }, new URL(site.url).host),
      ]),
    ],
  );
  return box(
    {
      width: PREVIEW_WIDTH,
      height: PREVIEW_HEIGHT,
      display: 'flex',
      background: COLOURS.background,
      fontFamily: 'Source Sans 3',
      color: COLOURS.text,
    },
    [box({ width: 24, height: '100%', background: COLOURS.accent }, []), text],
  );
}

/** Draws one preview image and returns the PNG file's bytes. */
export async function renderPreview(content: PreviewContent): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(layout(content), { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, fonts: await loadFonts() });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: PREVIEW_WIDTH }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
  return new Uint8Array(png);
}
