/**
 * Preloaded into test builds (`node --require`): refuses every network connection that leaves
 * this machine and records the attempt in the file named by OFFLINE_LOG, so a test can prove
 * that building the site reaches no other host (fonts, images and data all come from disk).
 */
const fs = require('node:fs');
const net = require('node:net');

const log = process.env.OFFLINE_LOG;
const local = (host) => !host || host === 'localhost' || host === '::1' || /^127\./.test(host) || host.startsWith('/');

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const options = typeof args[0] === 'object' && args[0] !== null ? (Array.isArray(args[0]) ? args[0][0] : args[0]) : { port: args[0], host: args[1] };
  const host = options && (options.host ?? options.hostname ?? options.path);
  if (!local(host)) {
    if (log) fs.appendFileSync(log, `${host}:${options.port}\n`);
    throw new Error(`offline test build: connection to ${host} refused`);
  }
  return connect.apply(this, args);
};
