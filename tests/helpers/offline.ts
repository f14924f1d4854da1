/**
 * Preloaded into test builds (`node --import`): refuses every network connection that leaves
 * this machine and records the attempt in the file named by OFFLINE_LOG, so a test can prove
 * that building the site reaches no other host (fonts, images and data all come from disk).
 */
import { appendFileSync } from 'node:fs';
import net from 'node:net';

const log = process.env.OFFLINE_LOG;
const isLocal = (host: string | undefined) =>
  host === undefined || host === 'localhost' || host === '::1' || host.startsWith('127.') || host.startsWith('/');

type Connect = (this: net.Socket, ...args: unknown[]) => net.Socket;
// Kept unbound on purpose: it is called below with the socket as `this`.
// eslint-disable-next-line @typescript-eslint/unbound-method
const connect = net.Socket.prototype.connect as Connect;

/** The host of `socket.connect(options)`, `connect(port, host)` or `connect(path)`. */
function hostOf(args: unknown[]): { host: string | undefined; port: unknown } {
  const [first, second] = args;
  const options = Array.isArray(first) ? (first[0] as unknown) : first;
  if (options !== null && typeof options === 'object') {
    const { host, hostname, path, port } = options as Record<string, unknown>;
    const name = host ?? hostname ?? path;
    return { host: typeof name === 'string' ? name : undefined, port };
  }
  if (typeof first === 'string') return { host: first, port: undefined };
  return { host: typeof second === 'string' ? second : undefined, port: first };
}

net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
  const { host, port } = hostOf(args);
  if (!isLocal(host)) {
    if (log) appendFileSync(log, `${String(host)}:${String(port)}\n`);
    throw new Error(`offline test build: connection to ${String(host)} refused`);
  }
  return connect.apply(this, args);
};
