import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/content-files';

const run = promisify(execFile);
const tsx = join(repoRoot, 'node_modules/.bin/tsx');

/** Runs `tsx scripts/check.ts <dir>` from the repo root and returns its exit code and output. */
async function check(
  dir: string,
  githubActions = false,
): Promise<{ code: number; stdout: string; stderr: string }> {
  // Set either way, so the output does not depend on where the tests run.
  const env = { ...process.env, GITHUB_ACTIONS: githubActions ? 'true' : '' };
  try {
    const { stdout, stderr } = await run(tsx, ['scripts/check.ts', dir], { cwd: repoRoot, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

describe('scripts/check.ts', () => {
  it('exits 0 and says the check passed for the valid fixture', async () => {
    const result = await check('tests/fixtures/content/valid');
    expect(result).toEqual({
      code: 0,
      stdout: 'Content check passed: no problems found.\n',
      stderr: '',
    });
  });

  const cases = [
    {
      fixture: 'unknown-competency',
      file: 'tests/fixtures/content/invalid/unknown-competency/lessons/lesson-one.mdx',
      field: 'competencies[0]',
      fix: 'Did you mean "skill-a"?',
    },
    {
      fixture: 'misspelled-key',
      file: 'tests/fixtures/content/invalid/misspelled-key/lessons/lesson-two.mdx',
      field: 'prerequisite',
      fix: 'Did you mean "prerequisites"?',
    },
    {
      fixture: 'prerequisite-cycle',
      file: 'tests/fixtures/content/invalid/prerequisite-cycle/lessons/lesson-one.mdx',
      field: 'prerequisites',
      fix: 'lesson-one → lesson-two → lesson-one. Remove one prerequisite in the cycle',
    },
  ];

  for (const { fixture, file, field, fix } of cases) {
    it(`exits 1 for invalid/${fixture}/, naming the file, the field and the fix`, async () => {
      const result = await check(`tests/fixtures/content/invalid/${fixture}`);
      expect(result.code).toBe(1);
      const lines = result.stdout.split('\n');
      expect(lines[0]).toBe(file);
      expect(lines[1]).toMatch(new RegExp(`^  ✖ error ${field.replace(/[[\]]/g, '\\$&')}: `));
      expect(lines[1]).toContain(fix);
      expect(result.stdout).toContain(
        '1 error and 0 warnings in 1 file. Fix the errors above, then run npm run check again.',
      );
    });
  }

  it('adds GitHub annotations when run in GitHub Actions', async () => {
    const { code, stdout } = await check('tests/fixtures/content/invalid/unknown-competency', true);
    expect(code).toBe(1);
    expect(stdout).toContain(
      '::error file=tests/fixtures/content/invalid/unknown-competency/lessons/lesson-one.mdx,title=unknown-competency::competencies[0]: "skil-a" is not a competency.',
    );
  });
});
