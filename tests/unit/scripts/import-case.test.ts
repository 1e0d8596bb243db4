import { execFile } from 'node:child_process';
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/lib/content/parse-yaml';
import { repoRoot } from '../../helpers/content-files';
import { sharedData } from '../../helpers/standards';

const run = promisify(execFile);
const tsx = join(repoRoot, 'node_modules/.bin/tsx');

/** Runs a command from the repo root and returns its exit code and output. */
async function exec(command: string, args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(command, args, {
      cwd: repoRoot,
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

const importCase = (...args: string[]) => exec(tsx, ['scripts/import-case.ts', ...args]);

// A portal of its own in a temp folder: the CCSS statements never go into content/.
const portal = mkdtempSync(join(tmpdir(), 'micropath-case-'));
const out = join(portal, 'competencies');
const sample = sharedData('case-opensalt-sample.json');
afterAll(() => rmSync(portal, { recursive: true, force: true }));

const read = (id: string) =>
  parseYaml(readFileSync(join(out, `${id}.yaml`), 'utf8')) as {
    parent?: string;
    order: number;
    code: string;
    title: string;
  };

// Each test starts tsx (and npm) a few times: slow on a busy machine.
describe('npm run import:case on the OpenSALT sample', { timeout: 120_000 }, () => {
  it('writes one competency file per CFItem, with the tree and order of the package', async () => {
    const result = await importCase(sample, '--out', out);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Read 16 CFItems of "What Standards Could Be" from case-opensalt-sample.json: 16 competencies (2 areas), 16 new, 0 unchanged, 0 changed.',
    );
    expect(result.stdout).toContain('   2 × sequenceNumber written as text: read as a number');
    expect(result.stdout).toContain(
      '  ccss-math-content-6-rp-a-1 (6.RP.A.1) → ccss-math-content-6-rp-a-2 (6.RP.A.2)',
    );
    expect(readdirSync(out)).toHaveLength(16);
    expect(read('ccss-math-content-6-rp-a')).toMatchObject({ order: 1, code: '6.RP.A' });
    expect(read('ccss-math-content-6-rp-a').parent).toBeUndefined();
    expect(read('ccss-math-content-7-rp-a')).toMatchObject({ order: 2, code: '7.RP.A' });
    expect(read('ccss-math-content-6-rp-a-3')).toMatchObject({
      parent: 'ccss-math-content-6-rp-a',
      order: 3,
    });
    expect(read('ccss-math-content-7-rp-a-2d')).toMatchObject({
      parent: 'ccss-math-content-7-rp-a-2',
      order: 4,
      code: '7.RP.A.2d',
    });
    expect(readFileSync(join(out, 'ccss-math-content-6-rp-a-1.yaml'), 'utf8')).toContain(
      'code: "6.RP.A.1"',
    );
  });

  it('imports into a framework that passes npm run check with a lesson mapped to it', async () => {
    writeFileSync(
      join(portal, 'site.yaml'),
      'id: case-import\ntitle: CASE import\nurl: https://example.org/case-import/\n',
    );
    mkdirSync(join(portal, 'lessons'), { recursive: true });
    writeFileSync(
      join(portal, 'lessons', 'ratio-language.mdx'),
      [
        '---',
        'title: Ratio language',
        'description: Describe how two quantities relate.',
        'competencies: [ccss-math-content-6-rp-a-1]',
        'objectives: [Describe a ratio in words]',
        'duration: 5',
        'level: foundation',
        'format: reading',
        '---',
        'A ratio compares two quantities.',
        '',
      ].join('\n'),
    );
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const check = await exec(npm, ['run', '--silent', 'check'], { MICROPATH_CONTENT: portal });
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain('0 errors');
  });

  it('leaves unchanged files alone on a second run', async () => {
    const result = await importCase(sample, '--out', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('16 competencies (2 areas), 0 new, 16 unchanged, 0 changed.');
    expect(result.stdout).toContain('Nothing to write: every file is up to date.');
  });

  it('writes nothing when a file was edited, lists it and asks for --force', async () => {
    const edited = join(out, 'ccss-math-content-6-rp-a-1.yaml');
    appendFileSync(edited, '# my edit\n');
    rmSync(join(out, 'ccss-math-content-7-rp-a-3.yaml'));
    const result = await importCase(sample, '--out', out);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `Nothing was written: 1 file already exists with different content:\n  ${edited}\nPass --force to overwrite it`,
    );
    expect(readdirSync(out)).toHaveLength(15);
    expect(readFileSync(edited, 'utf8')).toContain('# my edit');

    const dryRun = await importCase(sample, '--out', out, '--force', '--dry-run');
    expect(dryRun.stdout).toContain(
      'Dry run: nothing was written; without --dry-run 2 files would be written.',
    );
    expect(readdirSync(out)).toHaveLength(15);

    const forced = await importCase(sample, '--out', out, '--force');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('Wrote 2 files, overwriting 1.');
    expect(readFileSync(edited, 'utf8')).not.toContain('# my edit');
  });

  it('refuses a file that is not a CASE package and says why', async () => {
    const bad = join(portal, 'not-case.json');
    writeFileSync(bad, '{"items": []}');
    const result = await importCase(bad, '--out', join(portal, 'elsewhere'));
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toBe(
      `${bad}: the file has no CFDocument and no CFItems: it does not look like a CASE package. Export the framework as a CFPackage (the whole framework, not a single item). Nothing was written.\n`,
    );
  });

  it('prints its usage for a missing file name or an unknown option', async () => {
    expect(await importCase()).toMatchObject({
      code: 1,
      stderr: expect.stringContaining(
        'Name the file to import.\nUsage: npm run import:case -- <file.json>',
      ),
    });
    expect((await importCase(sample, '--overwrite')).stderr).toContain(
      "Unknown option '--overwrite'.",
    );
  });
});
