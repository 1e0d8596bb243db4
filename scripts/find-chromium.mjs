#!/usr/bin/env node
// Finds a Chromium the browser tests can drive. Playwright's own download is the
// best match, but it is often unavailable (offline machines, distros Playwright
// doesn't support), so a system Chromium or Chrome is an accepted fallback.
//
// CLI: node scripts/find-chromium.mjs [--install]   prints the path, or one sentence and exit 1.

import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const NOT_FOUND =
  'No Chromium found: run `npx playwright install chromium`, or install Chromium/Chrome and set MICROPATH_CHROMIUM to its path.';

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  path.join(os.homedir(), 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
  path.join(os.homedir(), 'Applications/Chromium.app/Contents/MacOS/Chromium'),
];

const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** True when `file` is a regular file we may execute (symlinks are followed). */
function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function fromEnv() {
  for (const name of ['MICROPATH_CHROMIUM', 'CHROME_PATH']) {
    const file = process.env[name];
    if (!file) continue;
    if (isExecutable(file)) return { path: file, source: 'env' };
    console.warn(`${name} points to ${file}, which is not an executable file; looking elsewhere.`);
  }
  return null;
}

async function fromPlaywright() {
  for (const pkg of ['playwright-core', '@playwright/test']) {
    let file;
    try {
      file = (await import(pkg)).chromium.executablePath();
    } catch {
      continue;
    }
    if (!file || !isExecutable(file)) continue;
    // Headless runs use Playwright's separate headless shell; without it, the full
    // Chromium still works, but only when passed explicitly as executablePath.
    return { path: file, source: hasHeadlessShell(file) ? 'playwright' : 'playwright-chromium' };
  }
  return null;
}

/** Looks for `<browsers>/chromium_headless_shell-<rev>` next to `<browsers>/chromium-<rev>/…`. */
function hasHeadlessShell(chromiumPath) {
  for (let dir = path.dirname(chromiumPath); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const match = /^chromium-(\d+)$/.exec(path.basename(dir));
    if (match)
      return existsSync(path.join(path.dirname(dir), `chromium_headless_shell-${match[1]}`));
  }
  return false;
}

function fromSystem() {
  const onPath = (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .flatMap((dir) => PATH_NAMES.map((name) => path.join(dir, name)));
  const file = [...SYSTEM_PATHS, ...onPath].find(isExecutable);
  return file ? { path: file, source: 'system' } : null;
}

async function findInstalled() {
  return fromEnv() ?? (await fromPlaywright()) ?? fromSystem();
}

/** Runs a command quietly; resolves true on exit code 0, false on failure or timeout. */
function runQuietly(command, args, timeoutMs, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'ignore', timeout: timeoutMs, shell: false, env });
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
  });
}

function canUseApt() {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .some((dir) => dir && isExecutable(path.join(dir, 'apt-get')));
}

async function install() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const playwrightCli = path.join(root, 'node_modules', '@playwright', 'test', 'cli.js');
  if (existsSync(playwrightCli)) {
    console.warn('No Chromium found; trying `npx playwright install chromium` (needs network)…');
    await runQuietly(process.execPath, [playwrightCli, 'install', 'chromium'], 5 * 60_000);
    const found = await findInstalled();
    if (found) return found;
  }
  if (canUseApt()) {
    console.warn('Still no Chromium; trying `apt-get install chromium`…');
    // Wait for a concurrent apt/dpkg run instead of failing on its lock.
    const lock = ['-o', 'DPkg::Lock::Timeout=300'];
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    (await runQuietly('apt-get', [...lock, '-qq', 'update'], 10 * 60_000, env)) &&
      (await runQuietly(
        'apt-get',
        [...lock, '-qq', '-y', 'install', 'chromium'],
        15 * 60_000,
        env,
      ));
    return findInstalled();
  }
  return null;
}

/**
 * Finds a Chromium binary. `source` is 'env', 'playwright' (use Playwright's default
 * launch, no executablePath needed), 'playwright-chromium' or 'system'.
 * @param {{ install?: boolean }} [options] install: try to install one when none is found
 * @returns {Promise<{ path: string, source: string }>}
 */
export async function findChromium({ install: tryInstall = false } = {}) {
  const found = (await findInstalled()) ?? (tryInstall ? await install() : null);
  if (!found) throw new Error(NOT_FOUND);
  return found;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const unknown = args.find((arg) => arg !== '--install');
  if (unknown) {
    console.error(`Unknown option ${unknown}: the only option is --install.`);
    process.exit(2);
  }
  try {
    const { path: file } = await findChromium({ install: args.includes('--install') });
    console.log(file);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
