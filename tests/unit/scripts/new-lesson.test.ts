import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, VALID_FIXTURE } from '../../helpers/content-files';

const tsx = join(repoRoot, 'node_modules/.bin/tsx');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

// A copy of the valid fixture, so the scaffold writes into a folder of its own.
const scratch = mkdtempSync(join(tmpdir(), 'micropath-new-lesson-'));
const content = join(scratch, 'content');
cpSync(join(repoRoot, VALID_FIXTURE), content, { recursive: true });
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs a command from the repo root with MICROPATH_CONTENT set, feeding `input` on stdin. */
function exec(
  command: string,
  args: string[],
  input = '',
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: repoRoot,
      env: { ...process.env, MICROPATH_CONTENT: content, GITHUB_ACTIONS: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input);
  });
}

const newLesson = (args: string[], input?: string) =>
  exec(tsx, ['scripts/new-lesson.ts', ...args], input);
const flags = [
  '--title',
  'Alt text for charts',
  '--competency',
  'skill-a',
  '--level',
  'foundation',
  '--format',
  'reading',
  '--minutes',
  '6',
];
const written = join(content, 'lessons/area-one/alt-text-for-charts.mdx');
const shown = relative(repoRoot, written);

describe('npm run new:lesson', () => {
  it('writes a draft lesson from flags alone, and npm run check accepts it', async () => {
    const result = await newLesson(flags);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `Wrote ${shown}: lesson 3 in the path of 1.10 Skill A (skill-a), as a draft (checked, not published).\nNext: replace every TODO:, run npm run check, preview with npm run dev, then remove draft: true.\n`,
    );
    expect(readFileSync(written, 'utf8')).toMatch(
      /^---\ntitle: Alt text for charts\n[\s\S]*\ndraft: true {3}#/,
    );

    const check = await exec(npm, ['run', '--silent', 'check']);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toBe('Content check passed: no problems found.\n');
  }, 60_000);

  it('never overwrites a lesson, and says why nothing was written', async () => {
    writeFileSync(written, `${readFileSync(written, 'utf8')}\nMy own words.\n`);
    const result = await newLesson(flags);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `The lesson was not written:\n  ✖ a lesson called "alt-text-for-charts" already exists (${shown}); lesson slugs must be unique. Pass --slug with another name.\n`,
    );
    expect(readFileSync(written, 'utf8')).toContain('My own words.');
  }, 60_000);

  it('refuses the new lesson once it has an import statement, with the exact message', async () => {
    const text = readFileSync(written, 'utf8');
    writeFileSync(
      written,
      text.replace('\n---\n\n', "\n---\n\nimport Chart from './chart.js';\n\n"),
    );
    const line = text.split('\n').indexOf('---', 1) + 3;
    const check = await exec(npm, ['run', '--silent', 'check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(
      `${shown}\n  ✖ error body, line ${line}: "import Chart from './chart.js';" is an import statement; lessons cannot import or export code, so that a pull request cannot run code in the build. Remove the line. <Callout> and <Example> work without an import; nothing else can be used. [import-or-export]`,
    );
    writeFileSync(written, text);
  }, 60_000);

  it('asks for what the flags leave out, reading answers from stdin', async () => {
    const result = await newLesson(['--slug', 'asked-lesson'], 'Asked lesson\nskill b\n2\n\n5\n');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      'Competency: type part of its title, id or code (Enter lists them all): skill b\n  → 1.2 Skill B (skill-b)\n',
    );
    const file = readFileSync(join(content, 'lessons/area-one/asked-lesson.mdx'), 'utf8');
    expect(file).toContain('competencies: [skill-b]');
    expect(file).toContain('level: practitioner\nformat: reading\n');
    expect(file).toContain('duration: 5 ');
  }, 60_000);

  it('names an unknown competency with the nearest one, and writes nothing', async () => {
    const result = await newLesson([
      '--dir',
      content,
      '--title',
      'Another',
      '--competency',
      'skil-b',
      '--level',
      'foundation',
      '--format',
      'reading',
      '--minutes',
      '6',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'The lesson was not written:\n  ✖ "skil-b" is not a competency. Did you mean "skill-b"? Use the file name (without .yaml) of a file in content/competencies/, or leave --competency out to pick from a list.\n',
    );
    expect(existsSync(join(content, 'lessons/area-one/another.mdx'))).toBe(false);
  }, 60_000);

  it('lists what is missing when the input ends before every answer is given', async () => {
    const result = await newLesson(['--title', 'Unfinished', '--competency', 'skill-a']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      '  ✖ a level is needed: pass --level with one of: foundation, practitioner, advanced.',
    );
  }, 60_000);

  it('rejects an unknown option with the usage', async () => {
    const result = await newLesson(['--titel', 'Typo']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Unknown option '--titel'[\s\S]*Usage: npm run new:lesson/);
  }, 60_000);
});
