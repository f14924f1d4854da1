/**
 * Preview images (1200×630 PNG) for messengers and social networks, drawn at build time:
 * satori lays out the text and turns it into vector paths, resvg paints the PNG. The fonts
 * are files from npm packages (@fontsource), read from disk, so building never contacts
 * another host.
 */
import { renderAsync } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';
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

/**
 * The palette: the colours above and 15 steps between each pair that meet in the picture (type
 * on the background or the answer box, the box's and the bar's edges). Every pixel of the
 * drawing is one of these or close to one, so an 8-bit palette PNG keeps the antialiased type
 * crisp at a quarter of the size of a full-colour one.
 */
const PALETTE = (() => {
  const rgb = (hex: string) => [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  const { background, text, muted, accent, surface } = COLOURS;
  const pairs = [
    [background, text],
    [background, muted],
    [background, accent],
    [background, surface],
    [surface, text],
    [surface, muted],
  ] as const;
  const colours = Object.values(COLOURS).map(rgb);
  for (const [a, b] of pairs) {
    const [from, to] = [rgb(a), rgb(b)];
    for (let step = 1; step < 16; step += 1)
      colours.push(from.map((value, channel) => Math.round(value + ((to[channel] ?? 0) - value) * (step / 16))));
  }
  return colours;
})();

/** Index of the palette colour nearest to a pixel, remembered per colour: a picture has few. */
function nearest(cache: Map<number, number>, r: number, g: number, b: number): number {
  const key = (r << 16) | (g << 8) | b;
  let index = cache.get(key);
  if (index === undefined) {
    let best = Infinity;
    index = 0;
    PALETTE.forEach(([pr = 0, pg = 0, pb = 0], candidate) => {
      const distance = (pr - r) ** 2 + (pg - g) ** 2 + (pb - b) ** 2;
      if (distance < best) [best, index] = [distance, candidate];
    });
    cache.set(key, index);
  }
  return index;
}

const chunk = (type: string, data: Uint8Array) => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, tail]);
};

/** An opaque RGBA image as an 8-bit palette PNG. */
async function palettePng(rgba: Uint8Array, width: number, height: number): Promise<Buffer> {
  const cache = new Map<number, number>();
  const rows = Buffer.alloc((width + 1) * height);
  const words = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
  let previous = -1;
  let index = 0;
  for (let y = 0; y < height; y += 1) {
    const row = y * (width + 1); // each row starts with filter type 0 (none)
    for (let x = 0; x < width; x += 1) {
      const pixel = words[y * width + x] ?? 0;
      // Most pixels repeat their neighbour (background, solid type).
      if (pixel !== previous) {
        const at = (y * width + x) * 4;
        index = nearest(cache, rgba[at] ?? 0, rgba[at + 1] ?? 0, rgba[at + 2] ?? 0);
        previous = pixel;
      }
      rows[row + 1 + x] = index;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits per pixel, palette, deflate, no filter, not interlaced
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(PALETTE.flat())),
    // Level 6: within 7 % of the smallest file at a tenth of the time of level 9.
    chunk('IDAT', await promisify(deflate)(rows, { level: 6 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

/**
 * Drawn images are kept by a hash of what they show (and of this drawing's version), so a
 * build draws only the previews whose text changed. The folder lives with Astro's other caches.
 */
const CACHE = path.join(process.env.CACHE_DIR ?? path.join('node_modules', '.astro'), 'vorschau');
const DRAWING_VERSION = '2';

/** Draws one preview image (or takes it from the cache) and returns the PNG file's bytes. */
export async function renderPreview(content: PreviewContent): Promise<Uint8Array<ArrayBuffer>> {
  const key = createHash('sha256')
    .update(JSON.stringify([DRAWING_VERSION, site.name, site.url, content]))
    .digest('hex');
  const cached = path.join(CACHE, `${key}.png`);
  if (existsSync(cached)) return new Uint8Array(await readFile(cached));

  const svg = await satori(layout(content), { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, fonts: await loadFonts() });
  // Rasterised on a worker thread, so with Astro's build concurrency previews draw in parallel.
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: PREVIEW_WIDTH },
    font: { loadSystemFonts: false },
  });
  const png = await palettePng(image.pixels, image.width, image.height);
  await mkdir(CACHE, { recursive: true });
  await writeFile(cached, png);
  return new Uint8Array(png);
}
