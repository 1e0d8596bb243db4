#!/usr/bin/env node
// Serves a built Micropath site the way a static host would: mounted at its base
// path, directory-style URLs, the site's own 404 page and the headers of its _headers file
// (the Content-Security-Policy included). No dependencies, so it
// runs straight after `npm run build` (and in CI) without anything else installed.
//
// Usage: node scripts/serve.mjs [--dir dist] [--base /] [--port 4321] [--host 127.0.0.1]

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  // Pagefind's index, fragment, filter and meta files are compressed binary blobs.
  '.pagefind': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
};

/** Prints one sentence and stops; used for expected failures, which need no stack trace. */
function fail(message, code = 1) {
  console.error(message);
  process.exit(code);
}

function parseArgs(argv) {
  // Env fallbacks let `MICROPATH_BASE=/x/ npm start` serve what it just built.
  const options = {
    dir: process.env.MICROPATH_OUT || 'dist',
    base: process.env.MICROPATH_BASE || '/',
    port: process.env.PORT || '4321',
    host: '127.0.0.1',
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const name = flag.replace(/^--/, '');
    if (!flag.startsWith('--') || !(name in options)) {
      fail(`Unknown option ${argv[i]}: use --dir, --base, --port or --host.`, 2);
    }
    const value = inline ?? argv[++i];
    if (value === undefined) fail(`Option ${flag} needs a value.`, 2);
    options[name] = value;
  }
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    fail(`Port ${options.port} is not a valid port number.`, 2);
  }
  // Accept "my-portal", "/my-portal" or "/my-portal/"; always work with "/my-portal/".
  const base = `/${options.base.split('/').filter(Boolean).join('/')}/`.replace('//', '/');
  return { ...options, port, base };
}

const options = parseArgs(process.argv.slice(2));
const root = path.resolve(options.dir);
const label = options.dir.replace(/\/+$/, '');

try {
  if (!(await stat(root)).isDirectory()) throw new Error('not a directory');
} catch {
  fail(`${label}/ does not exist yet: run npm run build first.`);
}

/** Returns the stat of a path, or null when it doesn't exist. */
async function statOrNull(file) {
  try {
    return await stat(file);
  } catch {
    return null;
  }
}

function redirect(res, status, location) {
  res.writeHead(status, { Location: location, 'Cache-Control': 'no-cache' });
  res.end();
}

function sendText(req, res, status, text, headers = {}) {
  const body = Buffer.from(`${text}\n`);
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': 'no-cache',
    ...headers,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * The headers a static host adds from the site's `_headers` file (the Netlify and Cloudflare Pages
 * format the build writes) for this path, so pages run here under the same Content-Security-Policy
 * as there. Cache rules are left out: this server never lets the browser cache. Read on every
 * request, like 404.html, so a rebuild's new script hashes apply at once.
 */
async function hostHeaders(pathname) {
  const text = await readFile(path.join(root, '_headers'), 'utf8').catch(() => '');
  const headers = {};
  let applies = false;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim().split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*');
      applies = new RegExp(`^${pattern}$`).test(pathname);
      continue;
    }
    const header = /^\s+([^:\s]+):\s*(.*)$/.exec(line);
    if (applies && header && header[1].toLowerCase() !== 'cache-control') headers[header[1]] = header[2];
  }
  return headers;
}

async function sendNotFound(req, res, pathname = '/') {
  // Read 404.html on every miss so a rebuild shows up without restarting the server.
  const page = await readFile(path.join(root, '404.html')).catch(() => null);
  if (!page) return sendText(req, res, 404, 'Not found');
  res.writeHead(404, {
    ...(await hostHeaders(pathname)),
    'Content-Type': TYPES['.html'],
    'Content-Length': page.length,
    'Cache-Control': 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : page);
}

function sendFile(req, res, file, info, headers = {}) {
  res.writeHead(200, {
    ...headers,
    'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') return res.end();
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendText(req, res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
  }

  // Check the raw path before URL normalisation silently resolves "..".
  const [rawPath, rawQuery] = req.url.split(/\?(.*)/s);
  const search = rawQuery === undefined ? '' : `?${rawQuery}`;
  let pathname;
  try {
    pathname = decodeURIComponent(rawPath);
  } catch {
    return sendText(req, res, 400, 'Bad request');
  }
  if (
    !pathname.startsWith('/') ||
    pathname.includes('\0') ||
    pathname.includes('\\') ||
    pathname.split('/').includes('..')
  ) {
    return sendText(req, res, 403, 'Forbidden');
  }

  const { base } = options;
  if (base !== '/' && pathname === '/') return redirect(res, 302, base);
  if (`${pathname}/` === base) return redirect(res, 301, base + search);
  if (!pathname.startsWith(base)) return sendNotFound(req, res, pathname);

  let file = path.join(root, pathname.slice(base.length));
  // Defence in depth: whatever the path says, never leave the served folder.
  if (file !== root && !file.startsWith(root + path.sep)) {
    return sendText(req, res, 403, 'Forbidden');
  }

  let info = await statOrNull(file);
  if (info?.isDirectory()) {
    // Directory URLs need the trailing slash so relative links inside resolve correctly.
    if (!pathname.endsWith('/')) return redirect(res, 301, `${rawPath}/${search}`);
    file = path.join(file, 'index.html');
    info = await statOrNull(file);
  }
  if (!info?.isFile()) return sendNotFound(req, res, pathname);
  return sendFile(req, res, file, info, await hostHeaders(pathname));
}

const server = createServer((req, res) => {
  handle(req, res).catch(() => {
    if (!res.headersSent) sendText(req, res, 500, 'Internal server error');
    else res.destroy();
  });
});

server.on('error', (error) => {
  if (error.code === 'EADDRINUSE') {
    fail(
      `Port ${options.port} is already in use: stop the other server or pick another with --port.`,
    );
  }
  if (error.code === 'EACCES') {
    fail(`Port ${options.port} needs more privileges: pick a port above 1023 with --port.`);
  }
  fail(`The server could not start: ${error.message}.`);
});

server.listen(options.port, options.host, () => {
  // Port 0 asks the OS for a free port; print the real one so callers (tests) can use it.
  const { port } = server.address();
  console.log(`Micropath is serving ${label} at http://localhost:${port}${options.base}`);
});

function stop() {
  server.close(() => process.exit(0));
  // Keep-alive connections would hold close() open; drop them so Ctrl-C is instant.
  server.closeAllConnections();
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
