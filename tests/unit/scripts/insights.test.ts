import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Insights } from '../../../src/lib/insights/insights';
import { VALID_FIXTURE } from '../../helpers/content-files';
import { runScript } from '../../helpers/run-script';
import { threeMembers } from '../lib/insights/insights-fixtures';

const scratch = mkdtempSync(join(tmpdir(), 'micropath-insights-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A folder under the scratch folder holding these files (path → bytes or text). */
function folderOf(name: string, files: Record<string, Uint8Array | string>): string {
  const dir = join(scratch, name);
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Runs `tsx scripts/insights.ts` against the valid content fixture (or another given with --content). */
const insights = (args: string[]) => runScript('insights.ts', args, { ...process.env, MICROPATH_CONTENT: VALID_FIXTURE, MICROPATH_SITE: '' });

const [alice, bob, carol] = threeMembers();

describe('scripts/insights.ts', () => {
  it('aggregates every .json below the folder, writes JSON and Markdown and lists refused files', async () => {
    const folder = folderOf('good', { [alice!.name]: alice!.bytes, [`nested/${bob!.name}`]: bob!.bytes, [`nested/deeper/${carol!.name}`]: carol!.bytes, 'broken.json': '{"format":', '.hidden.json': 'not read', 'notes.txt': 'not read' });
    const out = join(scratch, 'good-out');
    const result = await insights([folder, '--out', out]);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('In this data, 33 % of 3 members mastered every competency of the Fixture certificate.');
    expect(result.stdout).toContain('Read 4 files: 3 accepted, 1 refused; 3 members.');
    expect(result.stdout).toMatch(/Refused 1 file:\n- broken\.json \(not-json\): This file is not valid JSON/);
    expect(result.stderr).toContain('Read 4 of 4 files…');
    expect(result.stderr).toContain(`Insights written to ${join(out, 'insights.json')} and ${join(out, 'insights.md')}.`);

    const json = JSON.parse(readFileSync(join(out, 'insights.json'), 'utf8')) as Insights;
    expect(json.members).toBe(3);
    expect(json.files).toMatchObject({ given: 4, copies: 0, accepted: 3, duplicates: 0 });
    expect(json.competencies.find((competency) => competency.id === 'skill-a')).toMatchObject({ mastered: 2, testedOut: 1 });
    expect(json.credits.total).toBe(0.2);
    const markdown = readFileSync(join(out, 'insights.md'), 'utf8');
    expect(markdown).toMatch(/^# Insights: Fixture portal\n\nIn this data, 33 % of 3 members/);
    expect(markdown).toContain('| broken.json | not-json |');
  });

  it('reads two members’ files of the same name in two subfolders, and a copy of one once', async () => {
    const folder = folderOf('same-names', { 'a/export.json': alice!.bytes, 'b/export.json': bob!.bytes, 'c/export.json': alice!.bytes, 'c/alice-again.json': alice!.bytes });
    const out = join(scratch, 'same-names-out');
    const result = await insights([folder, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Read 4 files: 2 accepted, 0 refused, 2 copies of files already read (counted once); 2 members.');
    expect(JSON.parse(readFileSync(join(out, 'insights.json'), 'utf8')).files).toMatchObject({ given: 4, copies: 2, accepted: 2, duplicates: 0 });
    expect(readFileSync(join(out, 'insights.md'), 'utf8')).toContain('| Files given | 4 |\n| Copies of files already read (counted once) | 2 |\n| Files accepted | 2 |');
  });

  it('exits 2 with the usage when no folder is given', async () => {
    const result = await insights([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('No folder given.');
    expect(result.stderr).toContain('Usage: npm run insights -- <folder of export files>');
  });

  it('exits 3 when the folder does not exist', async () => {
    const result = await insights([join(scratch, 'missing')]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`${join(scratch, 'missing')} does not exist.`);
  });

  it('exits 4 when the folder holds no .json file', async () => {
    const result = await insights([folderOf('empty', { 'readme.txt': 'no exports here' })]);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('No .json file was found in');
  });

  it('exits 5 and writes nothing when no file is a readable export', async () => {
    const out = join(scratch, 'bad-out');
    const result = await insights([folderOf('bad', { 'a.json': '', 'b.json': '[1, 2]' }), '--out', out]);
    expect(result.code).toBe(5);
    expect(result.stderr).toContain('- a.json (empty): This file is empty');
    expect(result.stderr).toContain('None of the 2 files in');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 with the content check’s report when the content has errors', async () => {
    const result = await insights([folderOf('for-bad-content', { [alice!.name]: alice!.bytes }), '--content', 'tests/fixtures/content/invalid/unknown-competency']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The insights need content that passes the check');
  });

  it('names a broken link and a link to a folder, and counts the rest instead of stopping or looping', async () => {
    const folder = folderOf('links', { [alice!.name]: alice!.bytes, [bob!.name]: bob!.bytes });
    symlinkSync(join(scratch, 'gone.json'), join(folder, 'gone.json'));
    symlinkSync(folder, join(folder, 'again'));
    const result = await insights([folder, '--out', join(scratch, 'links-out')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Read 2 files: 2 accepted, 0 refused; 2 members.');
    expect(result.stderr).toContain('- again is a link to a folder, which is not followed');
    expect(result.stderr).toContain('- gone.json is a link that links to nothing');
  });

  it('exits 6 before reading anything when --out is a file, and leaves that file alone', async () => {
    const out = join(scratch, 'out-is-a-file.txt');
    writeFileSync(out, 'keep me');
    const result = await insights([folderOf('for-file-out', { [alice!.name]: alice!.bytes }), '--out', out]);
    expect(result.code).toBe(6);
    expect(result.stderr).toContain(`${out} is a file, so insights.json and insights.md cannot be written into it. Give --out a folder`);
    expect(result.stderr).not.toContain('Read 1 of 1 file');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
  });

  it('refuses a file over the import cap by its real size without reading it', async () => {
    const folder = folderOf('huge', { [alice!.name]: alice!.bytes, 'huge.json': new Uint8Array(6 * 1024 * 1024).fill(0x20) });
    const result = await insights([folder, '--out', join(scratch, 'huge-out')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('- huge.json (too-large): This file is 6 MB, more than the 5 MB');
  });
});
