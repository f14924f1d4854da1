/**
 * Preview images (1200×630 PNG) for messengers and social networks, drawn at build time on
 * worker threads (see the drawing module) and kept by a hash of what they show, so a build
 * draws only the previews whose text changed.
 */
import { cacheDir } from 'astro:config/server';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import { site } from '../site.config';
import type { DrawingJob, PreviewContent } from './preview-drawing';

export { PREVIEW_HEIGHT, PREVIEW_WIDTH, type PreviewContent } from './preview-drawing';

/**
 * The images are kept in Astro's cache folder (`cacheDir`). The version changes with the
 * drawing, so a changed layout never serves images drawn by the old one.
 */
const CACHE = fileURLToPath(new URL('vorschau/', cacheDir));
const DRAWING_VERSION = '5';

// Loaded from the project's sources, not next to this file: the built module runs from the
// output folder, and the worker runs the TypeScript file itself.
const WORKER_FILE = path.join(process.cwd(), 'src', 'lib', 'preview-drawing.ts');

/**
 * Threads that draw one preview at a time, one per processor: while the main thread renders
 * pages they draw on the others, then on all. Idle threads do not keep the build alive.
 */
let pool: Tinypool | undefined;

async function draw(content: PreviewContent): Promise<Uint8Array<ArrayBuffer>> {
  pool ??= new Tinypool({ filename: WORKER_FILE, maxThreads: Math.max(1, os.availableParallelism()) });
  const job: DrawingJob = { content, site: { name: site.name, host: new URL(site.url).host } };
  try {
    return (await pool.run(job)) as Uint8Array<ArrayBuffer>;
  } catch (error) {
    throw new Error('Drawing a preview image failed', { cause: error });
  }
}

/** Images asked for in this process, by key: a preview started early is awaited, not drawn twice. */
const started = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

async function drawOrReuse(key: string, content: PreviewContent): Promise<Uint8Array<ArrayBuffer>> {
  const cached = path.join(CACHE, `${key}.png`);
  if (existsSync(cached)) return new Uint8Array(await readFile(cached));
  const png = await draw(content);
  await mkdir(CACHE, { recursive: true });
  await writeFile(cached, png);
  return png;
}

/**
 * The PNG file's bytes of one preview image: from the cache, or drawn on a worker thread.
 * Calling it early (when a route lists its images) starts the drawing; a later call for the
 * same content gets the same image.
 */
export function renderPreview(content: PreviewContent): Promise<Uint8Array<ArrayBuffer>> {
  const key = createHash('sha256')
    .update(JSON.stringify([DRAWING_VERSION, site.name, site.url, content]))
    .digest('hex');
  let image = started.get(key);
  if (!image) {
    image = drawOrReuse(key, content);
    // A failure is reported where the image is served; started early, nobody awaits it yet.
    image.catch(() => undefined);
    started.set(key, image);
  }
  return image;
}
