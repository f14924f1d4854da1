/**
 * Preview images (1200×630 PNG) for messengers and social networks, drawn at build time on
 * worker threads (see the drawing module) and kept by a hash of what they show, so a build
 * draws only the previews whose text changed.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { site } from '../site.config';
import { BUILD_CACHE } from '../build-cache';
import type { DrawingJob, DrawingResult, PreviewContent } from './preview-drawing';

export { PREVIEW_HEIGHT, PREVIEW_WIDTH, type PreviewContent } from './preview-drawing';

/**
 * The cache folder lives with Astro's other caches. The version changes with the drawing, so
 * a changed layout never serves images drawn by the old one.
 */
const CACHE = path.join(BUILD_CACHE, 'vorschau');
const DRAWING_VERSION = '5';

// Loaded from the project's sources, not next to this file: the built module runs from the
// output folder, and the worker runs the TypeScript file itself.
const WORKER_FILE = path.join(process.cwd(), 'src', 'lib', 'preview-drawing.ts');

interface Drawer {
  worker: Worker;
  job: DrawingJob | undefined;
}

/**
 * Worker threads that draw one preview at a time, one per processor: while the main thread
 * renders pages they draw on the others, then on all. Idle workers do not keep the build alive.
 */
class DrawingPool {
  private readonly drawers: Drawer[] = [];
  private readonly queue: DrawingJob[] = [];
  private readonly waiting = new Map<
    number,
    { resolve: (png: Uint8Array<ArrayBuffer>) => void; reject: (error: Error) => void }
  >();
  private nextId = 0;

  draw(content: PreviewContent): Promise<Uint8Array<ArrayBuffer>> {
    const job: DrawingJob = { id: this.nextId++, content, site: { name: site.name, host: new URL(site.url).host } };
    const done = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) =>
      this.waiting.set(job.id, { resolve, reject }),
    );
    this.queue.push(job);
    this.dispatch();
    return done;
  }

  private dispatch() {
    while (this.queue.length > 0) {
      const drawer = this.drawers.find((candidate) => candidate.job === undefined) ?? this.spawn();
      if (!drawer) return;
      drawer.job = this.queue.shift();
      drawer.worker.ref();
      drawer.worker.postMessage(drawer.job);
    }
  }

  private spawn(): Drawer | undefined {
    if (this.drawers.length >= Math.max(1, os.availableParallelism())) return undefined;
    const drawer: Drawer = { worker: new Worker(WORKER_FILE), job: undefined };
    drawer.worker.on('message', (result: DrawingResult) => {
      const waiting = this.waiting.get(result.id);
      this.waiting.delete(result.id);
      if ('png' in result) waiting?.resolve(result.png);
      else waiting?.reject(new Error(`Drawing a preview image failed: ${result.error}`));
      this.finish(drawer);
    });
    // A worker that dies fails the image it was drawing; the next job gets a fresh worker.
    drawer.worker.on('error', (error: unknown) => {
      if (drawer.job) {
        this.waiting.get(drawer.job.id)?.reject(error instanceof Error ? error : new Error(String(error)));
        this.waiting.delete(drawer.job.id);
      }
      this.drawers.splice(this.drawers.indexOf(drawer), 1);
      this.dispatch();
    });
    this.drawers.push(drawer);
    return drawer;
  }

  private finish(drawer: Drawer) {
    drawer.job = undefined;
    drawer.worker.unref();
    this.dispatch();
  }
}

let pool: DrawingPool | undefined;
/** Images asked for in this process, by key: a preview started early is awaited, not drawn twice. */
const started = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

async function drawOrReuse(key: string, content: PreviewContent): Promise<Uint8Array<ArrayBuffer>> {
  const cached = path.join(CACHE, `${key}.png`);
  if (existsSync(cached)) return new Uint8Array(await readFile(cached));
  pool ??= new DrawingPool();
  const png = await pool.draw(content);
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
