// Preloaded (NODE_OPTIONS --require) into every process the tests spawn: a connection or DNS lookup off loopback is
// refused and appended to the file named by LODSCRIBE_NO_NETWORK_LOG, which the test process reads (no-network.ts).
'use strict';
const dns = require('node:dns');
const fs = require('node:fs');
const net = require('node:net');

const log = process.env.LODSCRIBE_NO_NETWORK_LOG;
const NAMES = new Set(['localhost', 'localhost.localdomain', 'ip6-localhost', 'ip6-loopback']);

function isLoopback(host) {
  if (host === undefined || host === null || host === '') return true;
  const h = String(host).replace(/^\[|\]$/g, '').toLowerCase();
  if (NAMES.has(h) || h.endsWith('.localhost')) return true;
  if (net.isIPv4(h)) return h.startsWith('127.');
  if (net.isIPv6(h)) return h === '::1' || h === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(h);
  return false;
}

function refuse(what) {
  if (log) fs.appendFileSync(log, `${process.pid} ${what}\n`);
  return Object.assign(new Error(`no-network guard: ${what} was refused`), { code: 'ECONNREFUSED' });
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const o = first !== null && typeof first === 'object' ? first : undefined;
  const host = o ? o.host : typeof args[1] === 'string' ? args[1] : undefined;
  const isPath = o ? o.path !== undefined : typeof first === 'string' && Number.isNaN(Number(first));
  if (!isPath && !isLoopback(host)) {
    const error = refuse(`connect ${host}:${o ? o.port : first}`);
    process.nextTick(() => this.destroy(error));
    return this;
  }
  return connect.apply(this, args);
};
const lookup = dns.lookup;
dns.lookup = function guardedLookup(hostname, ...rest) {
  if (isLoopback(hostname)) return lookup.call(this, hostname, ...rest);
  const error = refuse(`lookup ${hostname}`);
  const callback = rest[rest.length - 1];
  process.nextTick(() => callback(Object.assign(error, { code: 'ENOTFOUND' })));
};
const lookupPromise = dns.promises.lookup;
dns.promises.lookup = async (hostname, ...rest) => {
  if (isLoopback(hostname)) return lookupPromise(hostname, ...rest);
  throw Object.assign(refuse(`lookup ${hostname}`), { code: 'ENOTFOUND' });
};
