import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listExportFiles } from '../../../../src/lib/node/list-export-files';

const scratch = mkdtempSync(join(tmpdir(), 'micropath-list-exports-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('listExportFiles', () => {
  it('lists .json files at any depth, skipping hidden entries and folders named .json', () => {
    const dir = join(scratch, 'plain');
    mkdirSync(join(dir, 'nested/deeper'), { recursive: true });
    mkdirSync(join(dir, 'folder.json'));
    writeFileSync(join(dir, 'a.json'), '{}');
    writeFileSync(join(dir, 'nested/B.JSON'), '{}');
    writeFileSync(join(dir, 'nested/deeper/c.json'), '{}');
    writeFileSync(join(dir, '.hidden.json'), '{}');
    writeFileSync(join(dir, 'notes.txt'), '');
    expect(listExportFiles(dir)).toEqual({ files: ['a.json', 'nested/B.JSON', 'nested/deeper/c.json'], skipped: [] });
  });

  it('reads a link to a file, but names a broken link and a link to a folder instead of failing or looping', () => {
    const dir = join(scratch, 'links');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'real.json'), '{}');
    symlinkSync(join(dir, 'real.json'), join(dir, 'alias.json'));
    symlinkSync(join(scratch, 'missing.json'), join(dir, 'broken.json'));
    symlinkSync(dir, join(dir, 'loop'));
    const { files, skipped } = listExportFiles(dir);
    expect(files).toEqual(['alias.json', 'real.json']);
    expect(skipped.map((entry) => entry.name)).toEqual(['broken.json', 'loop']);
    expect(skipped[0]!.reason).toContain('links to nothing');
    expect(skipped[1]!.reason).toContain('link to a folder');
  });
});
