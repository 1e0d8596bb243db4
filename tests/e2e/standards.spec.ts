import { expect, test } from '@playwright/test';
import { compileAchievement, compileCasePackage, formatErrors } from '../helpers/standards';
import { BASE, ORIGIN } from './helpers';

// The machine-readable outputs as a consumer fetches them from the site built under /my-portal/
// with MICROPATH_SITE=https://example.org/my-portal/: valid against the official schemas, with
// every identifier URL under the public site URL and every link from a page resolving.

const SITE_URL = 'https://example.org/my-portal/';

/** The path under the test server of a public URL of the site. */
const local = (url: string) => new URL(url.slice(SITE_URL.length), `${ORIGIN}${BASE}`).href;

test('the CASE package is valid CASE 1.1 with URIs under the site URL', async ({ request }) => {
  const response = await request.get('case/framework.json');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  const casePackage = await response.json();
  const validate = compileCasePackage();
  expect(validate(casePackage), formatErrors(validate.errors)).toBe(true);
  expect(casePackage.CFDocument.uri).toBe(`${SITE_URL}case/framework.json`);
  const items: { uri: string; abbreviatedStatement: string }[] = casePackage.CFItems;
  expect(items.length).toBeGreaterThan(10);
  expect(items.filter((item) => !item.uri.startsWith(SITE_URL))).toEqual([]);
  // Each item's URI is its competency page, which exists.
  const page = await request.get(
    local(items.find((item) => item.abbreviatedStatement === 'Text alternatives')!.uri),
  );
  expect(page.status()).toBe(200);
});

test('a competency page links to its Open Badges 3.0 achievement, which is valid and aligned to the CASE item', async ({
  page,
  request,
}) => {
  await page.goto('competencies/text-alternatives/');
  const link = page.getByRole('link', { name: 'Open Badges 3.0 achievement (JSON)' });
  await expect(link).toHaveAttribute('href', `${BASE}badges/competencies/text-alternatives.json`);
  const response = await request.get((await link.getAttribute('href'))!.replace(BASE, ''));
  expect(response.status()).toBe(200);
  const achievement = await response.json();
  const validate = compileAchievement();
  expect(validate(achievement), formatErrors(validate.errors)).toBe(true);
  expect(achievement).toMatchObject({
    id: `${SITE_URL}badges/competencies/text-alternatives.json`,
    achievementType: 'Competency',
    name: 'Text alternatives',
  });

  const casePackage = await (await request.get('case/framework.json')).json();
  const item = casePackage.CFItems.find(
    (candidate: { abbreviatedStatement: string }) =>
      candidate.abbreviatedStatement === 'Text alternatives',
  );
  expect(achievement.alignment[0]).toMatchObject({
    targetType: 'CFItem',
    targetUrl: item.uri,
    targetCode: item.identifier,
  });

  const image = await request.get(local(achievement.image.id));
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toContain('image/svg+xml');
  expect(await image.text()).toContain('<title id="title">Badge: Text alternatives</title>');
});

test('each certification has a valid Certificate achievement with an image', async ({
  request,
}) => {
  const validate = compileAchievement();
  for (const id of ['accessible-communicator', 'accessible-forms-and-interaction']) {
    const response = await request.get(`badges/certifications/${id}.json`);
    expect(response.status(), id).toBe(200);
    const achievement = await response.json();
    expect(validate(achievement), formatErrors(validate.errors)).toBe(true);
    expect(achievement.achievementType).toBe('Certificate');
    expect((await request.get(local(achievement.image.id))).status()).toBe(200);
  }
});

test('the competency framework page links to the CASE package under the base path', async ({
  page,
}) => {
  await page.goto('competencies/');
  await expect(page.getByRole('link', { name: 'CASE 1.1 package (JSON)' })).toHaveAttribute(
    'href',
    `${BASE}case/framework.json`,
  );
});
