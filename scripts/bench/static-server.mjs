/**
 * Serves the built site (`dist/`) the way a production web server would: gzip for text
 * (HTML, CSS, JavaScript, JSON, SVG), files Pagefind already compressed sent as they are,
 * trailing-slash addresses answered with their index.html. Byte counts measured against it
 * are what a reader's browser would download.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

async function resolveFile(root, pathname) {
  const file = path.join(root, decodeURIComponent(pathname));
  if (!file.startsWith(root)) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) return resolveFile(root, path.posix.join(pathname, 'index.html'));
  return info?.isFile() ? file : undefined;
}

/** Starts the server on a free local port; resolves to its origin and a `close()`. */
export async function serveSite(root) {
  const server = createServer(async (request, response) => {
    const file = await resolveFile(path.resolve(root), new URL(request.url ?? '/', 'http://bench').pathname);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[path.extname(file)];
    let body = await readFile(file);
    const headers = { 'Content-Type': type ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
    if (type && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
    response.writeHead(200, { ...headers, 'Content-Length': body.length }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}
