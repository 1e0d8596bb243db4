import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

// Browser tests run against a real build under a non-root base path (see scripts/test.mjs),
// served by our own static server on a port that doesn't clash with `npm start` (4321).
const isCI = !!process.env.CI;
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
// MICROPATH_E2E_PORT lets two test runs share a machine.
const port = process.env.MICROPATH_E2E_PORT ?? '4322';
const baseURL = `http://localhost:${port}/my-portal/`;

// Set by scripts/test.mjs when the Chromium found is not Playwright's own download.
const executablePath = process.env.MICROPATH_CHROMIUM_PATH || undefined;

export default defineConfig({
  testDir: './e2e',
  outputDir: '../.micropath/test-results',
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: isCI ? 2 : undefined,
  reporter: [
    ['list'],
    ['html', { outputFolder: '../.micropath/playwright-report', open: 'never' }],
    // Read by scripts/test.mjs for the closing "N passed, N failed" line.
    ['json', { outputFile: '../.micropath/results/playwright.json' }],
  ],
  use: {
    baseURL,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: [
            // Chromium refuses to start its sandbox as root (containers, CI images).
            ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
            // Keep a system Chromium quiet and fast: no GPU, updates, sync or first-run UI.
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `node scripts/serve.mjs --dir .micropath/e2e-site --base /my-portal/ --port ${port}`,
    cwd: repoRoot,
    url: baseURL,
    reuseExistingServer: !isCI,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
