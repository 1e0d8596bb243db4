import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CoverageReport } from '../../../src/lib/coverage/coverage-report';
import { repoRoot, VALID_FIXTURE } from '../../helpers/content-files';
import { runScript } from '../../helpers/run-script';

const scratch = mkdtempSync(join(tmpdir(), 'micropath-coverage-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs `tsx scripts/coverage.ts` from the repo root with the given content folder and extra environment. */
function coverage(content: string, args: string[], env: Record<string, string> = {}) {
  return runScript('coverage.ts', args, { ...process.env, GITHUB_STEP_SUMMARY: '', ...env, MICROPATH_CONTENT: content });
}

describe('scripts/coverage.ts', () => {
  it('prints the Markdown report of MICROPATH_CONTENT, writes the JSON and appends to the job summary', async () => {
    const json = join(scratch, 'nested/coverage.json');
    const summary = join(scratch, 'summary.md');
    writeFileSync(summary, 'Earlier step\n');
    const result = await coverage(VALID_FIXTURE, ['--json', json], {
      GITHUB_STEP_SUMMARY: summary,
    });

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('# Coverage of Fixture portal');
    expect(result.stdout).toContain(
      '## Least covered\n\n1. **1.2 Skill B** (`skill-b`): 2 lessons, 16 min, 0 questions, no check. Flags: no check, too few questions\n2. **1.10 Skill A** (`skill-a`)',
    );
    expect(result.stdout).toContain(
      '| &nbsp;&nbsp;1.10 Skill A | 2 | 17 | 81 % | 1.03 | 2 (1 + 1) | foundation, practitioner | yes, draws 1 | too few questions |',
    );
    expect(result.stderr).toBe(`Coverage data written to ${json}.\n`);

    const report = JSON.parse(readFileSync(json, 'utf8')) as CoverageReport;
    expect(report.site).toEqual({ id: 'fixture-portal', title: 'Fixture portal' });
    expect(report.leastCovered).toEqual(['skill-b', 'skill-a']);
    expect(report.medianMinutes).toBe(16.5);
    expect(report.competencies.find((entry) => entry.id === 'skill-b')).toMatchObject({
      lessons: ['lesson-three', 'lesson-two'],
      pathLessons: ['lesson-three'],
      minutes: 16,
      levels: ['practitioner', 'advanced'],
      hasCheck: false,
      flags: ['no-check', 'too-few-questions'],
    });
    expect(readFileSync(summary, 'utf8')).toBe(`Earlier step\n${result.stdout}`);
  });

  it('writes .micropath/coverage.json by default and touches no summary outside GitHub Actions', async () => {
    const cwdJson = join(repoRoot, '.micropath/coverage.json');
    const result = await coverage(VALID_FIXTURE, []);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`Coverage data written to ${cwdJson}.\n`);
    expect((JSON.parse(readFileSync(cwdJson, 'utf8')) as CoverageReport).site.id).toBe(
      'fixture-portal',
    );
  });

  it('refuses content with errors, lists them and writes nothing', async () => {
    const json = join(scratch, 'refused.json');
    const result = await coverage('tests/fixtures/content/invalid/unknown-competency', [
      '--json',
      json,
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('"skil-a" is not a competency. Did you mean "skill-a"?');
    expect(result.stderr).toContain('The coverage report needs content that passes the check');
    expect(existsSync(json)).toBe(false);
  });
});
