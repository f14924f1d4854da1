/**
 * Draws preview images on a worker thread (a pool started by `renderPreview`, one thread per
 * processor), so a build draws them while the main thread renders pages: satori lays out the text and turns
 * it into vector paths, resvg paints the pixels and they are written as a palette PNG. The
 * fonts are files from npm packages (@fontsource), read from disk, so drawing never contacts
 * another host. The pool's threads load this file as it is, by Node's type stripping: it
 * imports packages and types only.
 */
import { Resvg } from '@resvg/resvg-js';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import satori from 'satori';
import Tinypool from 'tinypool';

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

export interface PreviewContent {
  /** Small line above the headline, e.g. „Behauptung, wörtlich zitiert“. */
  eyebrow: string;
  /** The claim (or question) as shown on the page, with „…“ when it is a quotation. */
  headline: string;
  /** Label of the answer, e.g. „Microsofts Antwort in einem Satz“. */
  answerLabel: string;
  answer: string;
}

/** The site's light palette (the page's tokens), so previews look like the site. */
const COLOURS = { background: '#ffffff', text: '#1b1f24', muted: '#4b5563', accent: '#1f4e79', surface: '#f3f4f6' };

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

function layout({ eyebrow, headline, answerLabel, answer }: PreviewContent, site: DrawingJob['site']): Node {
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
        box({ color: COLOURS.muted }, site.host),
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
 * The palette: the colours above and steps between each pair that meet in the picture (type on
 * the background or the answer box, the box's rounded corners, the site's name). Twelve colours
 * fit four bits per pixel, which makes the file about a third smaller than an 8-bit palette of
 * finer steps. Every step between two colours is another shade an edge can take, and the edges
 * of the letters are nearly all of a preview's bytes: the answer, the smallest type on a tinted
 * box, keeps two steps; the headline (38 px and up), the grey lines and the site's name have one,
 * which their size and weight keep smooth at the sizes messengers show previews. Together that
 * is about a sixth less than three and two steps, with the same legibility.
 *
 * Hand-written rather than sharp's palette PNG (libimagequant), measured on this site's six
 * previews (December 2026): sharp 0.35 with 16 colours, no dithering and its highest effort
 * wrote 18.7–25.8 KB a file against 14.3–18.8 KB here, a third more, and took no less time
 * (sharp cannot write fewer than 16 colours in 4 bits: a count of 5 to 16 gives 16, and 4 loses
 * the shades). Its palette is chosen by how often a colour occurs, not by which edge a pixel
 * lies on.
 */
const { background, text, muted, accent, surface } = COLOURS;
const PAIRS = [
  { from: background, to: text, steps: 1 },
  { from: surface, to: text, steps: 2 },
  { from: background, to: muted, steps: 1 },
  { from: surface, to: muted, steps: 1 },
  { from: background, to: accent, steps: 1 },
  { from: background, to: surface, steps: 1 },
] as const;
const BASE = [background, text, muted, accent, surface];

const rgb = (hex: string) => [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
const mix = (from: string, to: string, share: number) => {
  const [a, b] = [rgb(from), rgb(to)];
  return a.map((value, channel) => Math.round(value + ((b[channel] ?? 0) - value) * share));
};

const PALETTE = [
  ...BASE.map(rgb),
  ...PAIRS.flatMap(({ from, to, steps }) =>
    Array.from({ length: steps }, (_, step) => mix(from, to, (step + 1) / (steps + 1))),
  ),
];

/**
 * Where a pixel goes: first to the nearest of 15 fine steps between the colours of a pair (or
 * to a colour itself), which says which pair's edge it lies on, then to the nearest palette
 * step of that same pair. Going straight to the nearest palette colour would put neighbouring
 * pixels of one edge on steps of different pairs of similar grey, which compresses worse.
 */
const FINE = [
  ...BASE.map((colour) => ({ colour: rgb(colour), index: BASE.indexOf(colour) })),
  ...PAIRS.flatMap(({ from, to, steps }, pair) => {
    const first = BASE.length + PAIRS.slice(0, pair).reduce((sum, other) => sum + other.steps, 0);
    return Array.from({ length: 15 }, (_, fine) => {
      const share = (fine + 1) / 16;
      const step = Math.round(share * (steps + 1));
      const index = step === 0 ? BASE.indexOf(from) : step > steps ? BASE.indexOf(to) : first + step - 1;
      return { colour: mix(from, to, share), index };
    });
  }),
];

/**
 * Palette index of each pixel value seen so far (resvg's RGBA bytes read as one little-endian
 * word). Kept for the whole build: every preview uses the same few hundred antialiasing
 * shades, so after the first image nearly every pixel is one lookup.
 */
const paletteIndex = new Map<number, number>();

function nearest(pixel: number): number {
  const [r, g, b] = [pixel & 0xff, (pixel >>> 8) & 0xff, (pixel >>> 16) & 0xff];
  let best = Infinity;
  let index = 0;
  for (const { colour, index: candidate } of FINE) {
    const [pr = 0, pg = 0, pb = 0] = colour;
    const distance = (pr - r) ** 2 + (pg - g) ** 2 + (pb - b) ** 2;
    if (distance < best) [best, index] = [distance, candidate];
  }
  paletteIndex.set(pixel, index);
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

/** An opaque RGBA image as a 4-bit palette PNG (two pixels a byte). */
function palettePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
  const stride = Math.ceil(width / 2) + 1; // each row starts with filter type 0 (none)
  const rows = Buffer.alloc(stride * height);
  let previous = -1;
  let index = 0;
  let at = 0;
  for (let y = 0; y < height; y += 1) {
    const row = y * stride + 1;
    for (let x = 0; x < width; x += 1) {
      const pixel = pixels[at++] ?? 0;
      // Most pixels repeat their neighbour (background, solid type).
      if (pixel !== previous) {
        index = paletteIndex.get(pixel) ?? nearest(pixel);
        previous = pixel;
      }
      // Two pixels a byte, the left one in the high four bits.
      if (x % 2 === 0) rows[row + x / 2] = index << 4;
      else rows[row + (x - 1) / 2] = (rows[row + (x - 1) / 2] ?? 0) | index;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([4, 3, 0, 0, 0], 8); // 4 bits per pixel, palette, deflate, no filter, not interlaced
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(PALETTE.flat())),
    // Level 6: within 7 % of the smallest file at a tenth of the time of level 9.
    chunk('IDAT', deflateSync(rows, { level: 6 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** What a preview shows, and the site it names at the bottom. */
export interface DrawingJob {
  content: PreviewContent;
  site: { name: string; host: string };
}

/** Draws one preview on a thread of the pool and returns the PNG file's bytes. */
export default async function draw({ content, site }: DrawingJob) {
  const svg = await satori(layout(content, site), {
    width: PREVIEW_WIDTH,
    height: PREVIEW_HEIGHT,
    fonts: await loadFonts(),
  });
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: PREVIEW_WIDTH },
    font: { loadSystemFonts: false },
  }).render();
  // A copy that owns its memory, so it can be handed to the main thread without copying again.
  return Tinypool.move(new Uint8Array(palettePng(image.pixels, image.width, image.height)));
}
