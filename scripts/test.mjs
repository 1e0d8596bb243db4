#!/usr/bin/env node
// `npm test`: unit and content tests with Vitest, then browser tests with Playwright
// against a real build served under a non-root base path (/my-portal/), because
// base-path bugs are the ones that only show up once a portal is deployed.
//
// Usage: node scripts/test.mjs [--unit-only | --e2e-only] [-- <playwright args>]

import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './find-chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const E2E_BASE = '/my-portal/';
const E2E_OUT = '.micropath/e2e-site';

function fail(message, code = 1) {
  console.error(message);
  process.exit(code);
}

function heading(text) {
  console.log(`\n=== ${text} ===\n`);
}

/** Path to a locally installed package's CLI, run with this Node so no shell is needed. */
function localBin(pkg, name) {
  const pkgDir = path.join(root, 'node_modules', pkg);
  const file = path.join(pkgDir, 'package.json');
  if (!existsSync(file)) fail(`${pkg} is not installed: run npm install first.`);
  const { bin } = JSON.parse(readFileSync(file, 'utf8'));
  return path.join(pkgDir, typeof bin === 'string' ? bin : bin[name]);
}

/** npm's own CLI when we were started by npm (works everywhere), else `npm` on PATH. */
function npmCommand(args) {
  const npmCli = process.env.npm_execpath;
  return npmCli && /\.[cm]?js$/.test(npmCli)
    ? [process.execPath, [npmCli, ...args]]
    : ['npm', args];
}

let current = null;

/** Runs a command with inherited stdio; resolves with its exit code. */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = (current = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      shell: false,
      env: { ...process.env, ...env },
    }));
    child.on('error', (error) => {
      console.error(`Could not start ${path.basename(command)}: ${error.message}.`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function step(promise) {
  const code = await promise;
  if (code !== 0) process.exit(code);
}

const argv = process.argv.slice(2);
const split = argv.indexOf('--');
const flags = split === -1 ? argv : argv.slice(0, split);
const playwrightArgs = split === -1 ? [] : argv.slice(split + 1);

const unknown = flags.find((flag) => !['--unit-only', '--e2e-only'].includes(flag));
if (unknown)
  fail(`Unknown option ${unknown}: use --unit-only, --e2e-only, or -- <playwright args>.`, 2);
const unitOnly = flags.includes('--unit-only');
const e2eOnly = flags.includes('--e2e-only');
if (unitOnly && e2eOnly) fail('Pick one of --unit-only and --e2e-only, not both.', 2);

// Ctrl-C reaches the children from the terminal, so we only wait for their exit code;
// a SIGTERM aimed at us alone is passed on so nothing is left running.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => {
  if (current && current.exitCode === null && current.signalCode === null) current.kill('SIGTERM');
  else process.exit(143);
});

rmSync(path.join(root, '.micropath/results'), { recursive: true, force: true });

if (!e2eOnly) {
  heading('Unit and content tests (vitest)');
  await step(
    run(process.execPath, [
      localBin('vitest', 'vitest'),
      'run',
      '--config',
      'tests/vitest.config.ts',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=.micropath/results/vitest.json',
    ]),
  );
}

if (!unitOnly) {
  heading('Looking for Chromium');
  let chromium;
  try {
    chromium = await findChromium({ install: true });
  } catch (error) {
    fail(error.message);
  }
  console.log(`Using ${chromium.path} (${chromium.source}).`);

  if (process.env.MICROPATH_E2E_SKIP_BUILD === '1') {
    heading(`Skipping the build (MICROPATH_E2E_SKIP_BUILD=1), using ${E2E_OUT}`);
    if (!existsSync(path.join(root, E2E_OUT))) {
      fail(`${E2E_OUT}/ does not exist yet: run once without MICROPATH_E2E_SKIP_BUILD=1.`);
    }
  } else {
    heading(`Building the site under ${E2E_BASE} into ${E2E_OUT}`);
    const [npm, npmArgs] = npmCommand(['run', 'build']);
    await step(
      run(npm, npmArgs, {
        MICROPATH_BASE: E2E_BASE,
        MICROPATH_OUT: E2E_OUT,
        MICROPATH_SITE: `https://example.org${E2E_BASE}`,
      }),
    );
  }

  heading('Browser tests (playwright)');
  const env = chromium.source === 'playwright' ? {} : { MICROPATH_CHROMIUM_PATH: chromium.path };
  await step(
    run(
      process.execPath,
      [
        localBin('@playwright/test', 'playwright'),
        'test',
        '--config',
        'tests/playwright.config.ts',
        ...playwrightArgs,
      ],
      env,
    ),
  );
}

printSummary();

/** One closing line over both runners, in the plain form CI readers understand. */
function printSummary() {
  const read = (file) => {
    try {
      return JSON.parse(readFileSync(path.join(root, '.micropath/results', file), 'utf8'));
    } catch {
      return undefined;
    }
  };
  const vitest = read('vitest.json');
  const playwright = read('playwright.json');
  const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0) + (playwright?.stats?.flaky ?? 0);
  const failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0);
  const skipped = (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) + (playwright?.stats?.skipped ?? 0);
  console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
}
