import { expect, test, type Page } from '@playwright/test';
import { openQuiz, quizSection } from './answer-quiz';
import { openPageType, pageTypes } from './helpers';

// The site runs under the Content-Security-Policy the build writes to _headers (scripts of this
// origin and the inline scripts whose hashes it lists, Pagefind's WebAssembly, nothing from
// elsewhere). npm run serve sends it as Netlify and Cloudflare Pages do, so a page that needs more
// than the policy allows fails here, not only after deployment.

/** Starts recording the policy violations the page reports, before any of its scripts run. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
  return async () => [...refused, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))];
}

test('every page type is served with the policy and runs without a violation', async ({ page }) => {
  const violations = await recordViolations(page);
  const response = await page.goto('./');
  expect(response?.headers()['content-security-policy']).toMatch(/default-src 'self'.*script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  const found: string[] = [];
  for (const [name] of pageTypes) {
    await openPageType(page, name);
    await page.waitForLoadState('networkidle');
    found.push(...(await violations()).map((violation) => `${name}: ${violation}`));
  }
  expect(found).toEqual([]);
});

test('a quiz, the progress page, its transcript, coverage and insights run without a violation', async ({ page }) => {
  const violations = await recordViolations(page);
  const found: string[] = [];
  await page.goto('lessons/write-alt-text/');
  await openQuiz(quizSection(page, 'Check your understanding'));
  found.push(...(await violations()).map((violation) => `quiz: ${violation}`));
  for (const path of ['progress/', 'progress/transcript/', 'coverage/', 'insights/']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await page.waitForLoadState('networkidle');
    found.push(...(await violations()).map((violation) => `${path}: ${violation}`));
  }
  expect(found).toEqual([]);
});
