import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const serveScript = path.join(repoRoot, 'scripts/serve.mjs');
const findChromiumModule = pathToFileURL(path.join(repoRoot, 'scripts/find-chromium.mjs')).href;

let tmp: string;
let server: ChildProcess | undefined;
let origin: string;

/** Starts serve.mjs on a free port (port 0) and reads the real port from its banner. */
function startServer(dir: string, base: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [serveScript, '--dir', dir, '--base', base, '--port', '0'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    server = child;
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /^Micropath is serving .+ at (http:\/\/localhost:\d+)\/x\/$/m.exec(output);
      // The server binds 127.0.0.1; asking for it directly avoids localhost resolving to ::1.
      if (match) resolve(match[1].replace('localhost', '127.0.0.1'));
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}: ${output}`)));
  });
}

/** A raw GET, so paths like /x/../etc/passwd reach the server without client-side normalising. */
function rawGet(pathname: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(origin);
    request({ hostname, port, path: pathname }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

const get = (pathname: string, init: RequestInit = {}) =>
  fetch(origin + pathname, { redirect: 'manual', ...init });

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'micropath-serve-'));
  const site = path.join(tmp, 'site');
  await mkdir(path.join(site, 'a'), { recursive: true });
  await writeFile(path.join(site, 'index.html'), '<h1>Home</h1>');
  await writeFile(path.join(site, 'a/index.html'), '<h1>Page A</h1>');
  await writeFile(path.join(site, '404.html'), '<h1>Nothing here</h1>');
  await writeFile(path.join(site, 'style.css'), 'body { color: black; }');
  origin = await startServer(site, '/x/');
});

afterAll(async () => {
  server?.removeAllListeners('exit');
  server?.kill('SIGTERM');
  await rm(tmp, { recursive: true, force: true });
});

describe('scripts/serve.mjs', () => {
  it('serves index.html at the base path', async () => {
    const res = await get('/x/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('Home');
  });

  it('redirects the site root and directories without a trailing slash', async () => {
    expect((await get('/')).headers.get('location')).toBe('/x/');
    const res = await get('/x/a');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/x/a/');
  });

  it('serves index.html for a directory URL', async () => {
    const res = await get('/x/a/');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Page A');
  });

  it('sends the right content type for stylesheets', async () => {
    const res = await get('/x/style.css');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('answers HEAD with headers but no body', async () => {
    const res = await get('/x/style.css', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe('22');
    expect(await res.text()).toBe('');
  });

  it('refuses path traversal', async () => {
    for (const attempt of [
      '/x/../etc/passwd',
      '/x/%2e%2e/%2e%2e/etc/passwd',
      '/x/..%2f..%2fetc/passwd',
    ]) {
      const res = await rawGet(attempt);
      expect(res.status, attempt).toBe(403);
      expect(res.body, attempt).not.toContain('root:');
    }
  });

  it("answers a missing file with 404 and the site's 404.html", async () => {
    const res = await get('/x/missing/');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('Nothing here');
  });

  it("sends the headers of the site's _headers file for the paths they are for, read afresh, without its cache rules", async () => {
    const headers = path.join(tmp, 'site', '_headers');
    await writeFile(headers, "/*\n  Content-Security-Policy: default-src 'self'\n  X-Frame-Options: DENY\n\n/x/a/*\n  Cache-Control: public, max-age=31536000, immutable\n  X-Extra: a\n");
    const page = await get('/x/a/');
    expect(page.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('x-extra')).toBe('a');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect((await get('/x/')).headers.get('x-extra')).toBeNull();
    expect((await get('/x/missing/')).headers.get('content-security-policy')).toBe("default-src 'self'");
    // A rebuild writes new script hashes: the next request has them, without a restart.
    await writeFile(headers, "/*\n  Content-Security-Policy: default-src 'none'\n");
    expect((await get('/x/')).headers.get('content-security-policy')).toBe("default-src 'none'");
    await rm(headers);
    expect((await get('/x/')).headers.get('content-security-policy')).toBeNull();
  });

  it('answers paths outside the base with 404', async () => {
    const res = await get('/elsewhere/index.html');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Nothing here');
  });
});

describe('scripts/find-chromium.mjs', () => {
  const saved = {
    MICROPATH_CHROMIUM: process.env.MICROPATH_CHROMIUM,
    CHROME_PATH: process.env.CHROME_PATH,
  };

  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('uses MICROPATH_CHROMIUM when it names an executable file', async () => {
    const fake = path.join(tmp, 'fake-chromium');
    await writeFile(fake, '#!/bin/sh\n');
    await chmod(fake, 0o755);
    process.env.MICROPATH_CHROMIUM = fake;
    delete process.env.CHROME_PATH;
    const { findChromium } = await import(findChromiumModule);
    expect(await findChromium({ install: false })).toEqual({ path: fake, source: 'env' });
  });

  it('ignores MICROPATH_CHROMIUM when the file does not exist', async () => {
    const missing = path.join(tmp, 'no-such-chromium');
    process.env.MICROPATH_CHROMIUM = missing;
    delete process.env.CHROME_PATH;
    const { findChromium } = await import(findChromiumModule);
    // Either another Chromium is found or none is: the missing path must never come back.
    const result = await findChromium({ install: false }).catch((error: Error) => error);
    if (result instanceof Error) expect(result.message).toMatch(/^No Chromium found/);
    else expect(result.path).not.toBe(missing);
  });
});
