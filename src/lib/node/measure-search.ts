import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { classifySearchFile, summariseSearchRequests, type SearchRequest, type SearchTransfer } from '../bench/search-transfer';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };

/**
 * Runs one search on the built site's search page in headless Chromium and sums the Pagefind
 * files it fetched (served uncompressed, as Pagefind's chunks are already compressed).
 */
export async function measureSearchInBrowser(outDir: string, word: string, executablePath: string): Promise<SearchTransfer> {
  const { chromium } = await loadPlaywright();
  const server = await serve(outDir);
  const browser = await chromium.launch({ executablePath, headless: true });
  try {
    const page = await browser.newPage();
    const requests: Promise<SearchRequest | undefined>[] = [];
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (!path.includes('/pagefind/')) return;
      requests.push(response.body().then((body) => ({ path, bytes: body.length }), () => undefined));
    });
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(word)}`);
    await page.waitForSelector('[data-results] li', { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const fetched = (await Promise.all(requests)).filter((request): request is SearchRequest => request !== undefined);
    return summariseSearchRequests(fetched, 'browser');
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

/**
 * Without a browser: the files a first query needs, from the bundle on disk (runtime, English
 * wasm, entry, meta, the median index chunk and the median fragment).
 */
export function estimateSearchFromFiles(outDir: string): SearchTransfer {
  const dir = join(outDir, 'pagefind');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => ({ path: `/pagefind/${name}`, bytes: statSync(join(dir, name)).size }));
  const median = (kind: string) => {
    const sizes = files.filter((file) => classifySearchFile(file.path) === kind).sort((a, b) => a.bytes - b.bytes);
    return sizes[Math.floor((sizes.length - 1) / 2)];
  };
  const picked = [
    files.find((file) => file.path === '/pagefind/pagefind.js'),
    files.find((file) => file.path === '/pagefind/pagefind-entry.json'),
    files.find((file) => /wasm\.en\.pagefind$/.test(file.path)) ?? median('wasm'),
    median('meta'),
    median('index'),
    median('fragment'),
  ].filter((file): file is SearchRequest => file !== undefined);
  return summariseSearchRequests(picked, 'estimate');
}

async function loadPlaywright(): Promise<typeof import('playwright-core')> {
  try {
    return await import('playwright-core');
  } catch {
    return (await import('@playwright/test')) as unknown as typeof import('playwright-core');
  }
}

function serve(root: string): Promise<Server> {
  const server = createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
