import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/lib/content/parse-yaml';
import { repoRoot } from '../../helpers/content-files';
import { sharedData } from '../../helpers/standards';

const run = promisify(execFile);
const tsx = join(repoRoot, 'node_modules/.bin/tsx');

async function importCsv(...args: string[]) {
  try {
    const { stdout, stderr } = await run(tsx, ['scripts/import-csv.ts', ...args], {
      cwd: repoRoot,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'micropath-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each test starts tsx: slow on a busy machine.
describe('npm run import:csv', { timeout: 120_000 }, () => {
  it('imports the ESCO file with its default columns', async () => {
    const out = join(dir, 'esco');
    const result = await importCsv(sharedData('esco-transversal-skills-en.csv'), '--out', out);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      'Read 107 rows from esco-transversal-skills-en.csv: 107 competencies (85 areas), 107 new, 0 unchanged, 0 changed.',
    );
    expect(result.stdout).toContain('  --parent broaderConceptUri');
    expect(readdirSync(out)).toHaveLength(107);
    expect(parseYaml(readFileSync(join(out, 'use-query-languages.yaml'), 'utf8'))).toMatchObject({
      parent: 'use-databases',
      order: 2,
      alignments: [{ framework: 'ESCO' }],
    });
  });

  it('maps columns from flags', async () => {
    const file = join(dir, 'mine.csv');
    writeFileSync(
      file,
      'Key,Name,Text,Up\nroot,Root,"The root, first.",\nleaf,Leaf,"A leaf.",root\n',
    );
    const out = join(dir, 'mine');
    const result = await importCsv(
      file,
      '--id',
      'Key',
      '--title',
      'Name',
      '--summary',
      'Text',
      '--parent',
      'Up',
      '--framework',
      'Mine',
      '--out',
      out,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(out, 'leaf.yaml'), 'utf8')).toBe(
      '# Imported by npm run import:csv from mine.csv, row leaf.\n\ntitle: Leaf\nparent: root\norder: 1\nsummary: A leaf.\n',
    );
  });

  it('names a mapped column the file does not have', async () => {
    const result = await importCsv(
      sharedData('esco-transversal-skills-en.csv'),
      '--code',
      'skillCode',
      '--out',
      join(dir, 'none'),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /--code "skillCode": no such column\. The file's columns are: conceptType, conceptUri, .*\. Nothing was written\.\n$/,
    );
  });
});
