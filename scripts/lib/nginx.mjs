/**
 * Serves a built site with a real nginx and the project's own deploy/nginx.conf, on a free
 * port of 127.0.0.1, for the hosting tests and the benchmark.
 *
 * The production file is used as it is, except for what only an operator can know: the
 * listening ports (here plain HTTP on loopback, so no certificate is needed), the certificate
 * lines, the deployed folder and the access log's file (its format stays the production
 * one). Everything nginx writes (pid, logs, temp files) goes into a temporary folder; nginx
 * runs in the foreground as this process's child, without daemon or master process, so
 * stopping it leaves nothing behind.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const DEPLOY_CONFIG = 'deploy/nginx.conf';
export const REDIRECT_MAP = '_redirects.nginx';

/** The folder the production file serves; replaced by the folder under test. */
const DEPLOYED = '/srv/ms365-stellungnahme/dist';

/** A port nobody listens on right now. */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Rewrites the production configuration for a local run. Fails when a line it has to replace
 * is missing, so a changed deploy file cannot silently be tested in another shape.
 *
 * @param {string} text deploy/nginx.conf
 * @param {{ dist: string, redirectMap: string, httpsPort: number, httpPort: number, accessLog: string }} local
 */
export function localConfig(text, local) {
  /** @type {Array<[RegExp, string]>} */
  const replacements = [
    [/^\s*include \/srv\/ms365-stellungnahme\/dist\/_redirects\.nginx;.*$/m, `    include ${local.redirectMap};`],
    [/^\s*include \/srv\/ms365-stellungnahme\/dist\/_cache\.nginx;.*$/m, `    include ${local.dist}/_cache.nginx;`],
    [/^\s*include \/srv\/ms365-stellungnahme\/dist\/_headers\.nginx;.*$/m, `    include ${local.dist}/_headers.nginx;`],
    [/^\s*listen 80;.*\n\s*listen \[::\]:80;.*$/m, `    listen 127.0.0.1:${local.httpPort};`],
    [/^\s*listen 443 ssl http2;.*\n\s*listen \[::\]:443 ssl http2;.*$/m, `    listen 127.0.0.1:${local.httpsPort};`],
    [/^\s*ssl_certificate .*\n\s*ssl_certificate_key .*$/m, ''],
    [/^\s*root \/srv\/ms365-stellungnahme\/dist;.*$/m, `    root ${local.dist};`],
    // Both servers (HTTPS and the forward from HTTP) log in the same format.
    [/^(\s*access_log) \S+ (ms365;).*$/gm, `$1 ${local.accessLog} $2`],
  ];
  let result = text;
  for (const [pattern, replacement] of replacements) {
    if (!pattern.test(result)) throw new Error(`${DEPLOY_CONFIG}: expected a line matching ${pattern}`);
    result = result.replace(pattern, replacement);
  }
  if (result.includes(DEPLOYED))
    throw new Error(`${DEPLOY_CONFIG}: ${DEPLOYED} appears where the local run cannot replace it`);
  return result;
}

/**
 * Starts nginx over `dist` and resolves once it answers.
 *
 * @param {{ dist?: string, extraRedirectMap?: string }} [options]
 *   `extraRedirectMap`: more entries for the build's redirect map, in the same format.
 * @returns {Promise<{ url: string, httpUrl: string, redirects: Array<[string, string]>, accessLog: string, stop: () => Promise<void> }>}
 *   `url` is the site (the production HTTPS server, here on plain HTTP); `httpUrl` the server
 *   that only forwards to HTTPS; `redirects` every entry of the map nginx loaded; `accessLog`
 *   the file nginx logs each request to, as deploy/nginx.conf defines it.
 */
export async function startNginx(options = {}) {
  const dist = path.resolve(options.dist ?? 'dist');
  if (!existsSync(NGINX))
    throw new Error(`nginx not found at ${NGINX} (Debian: apt-get install nginx, or set NGINX_PATH)`);
  if (!existsSync(path.join(dist, 'index.html')))
    throw new Error(`${dist} holds no built site; run npm run build first`);

  const prefix = await mkdtemp(path.join(os.tmpdir(), 'nginx-'));
  const map = (await readFile(path.join(dist, REDIRECT_MAP), 'utf8')) + (options.extraRedirectMap ?? '');
  const redirectMap = path.join(prefix, 'redirects.map');
  await writeFile(redirectMap, map);

  const [httpsPort, httpPort] = [await freePort(), await freePort()];
  const accessLog = path.join(prefix, 'access.log');
  const site = localConfig(await readFile(DEPLOY_CONFIG, 'utf8'), {
    dist,
    redirectMap,
    httpsPort,
    httpPort,
    accessLog,
  });
  await writeFile(path.join(prefix, 'site.conf'), site);
  await writeFile(
    path.join(prefix, 'nginx.conf'),
    [
      'daemon off;',
      'master_process off;',
      `pid ${prefix}/nginx.pid;`,
      `error_log ${prefix}/error.log warn;`,
      'events { worker_connections 256; }',
      'http {',
      '    include /etc/nginx/mime.types;',
      '    default_type application/octet-stream;',
      '    access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${prefix}/${kind};`),
      `    include ${prefix}/site.conf;`,
      '}',
      '',
    ].join('\n'),
  );

  const child = spawn(
    NGINX,
    ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', path.join(prefix, 'error.log')],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    await rm(prefix, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${httpsPort}`;
  for (let attempt = 0; ; attempt += 1) {
    if (child.exitCode !== null) {
      const log = await readFile(path.join(prefix, 'error.log'), 'utf8').catch(() => '');
      await stop();
      throw new Error(`nginx did not start:\n${stderr}${log}`);
    }
    try {
      await fetch(`${url}/`, { redirect: 'manual' });
      break;
    } catch (error) {
      if (attempt >= 100) {
        await stop();
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  const redirects = [...map.matchAll(/^"([^"]+)" "([^"]+)";$/gm)].map(
    (match) => /** @type {[string, string]} */ ([match[1], match[2]]),
  );
  return { url, httpUrl: `http://127.0.0.1:${httpPort}`, redirects, accessLog, stop };
}
