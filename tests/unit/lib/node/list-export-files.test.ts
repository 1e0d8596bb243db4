import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
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

  it('names a link in a loop, a pipe and a link to a device instead of reading them, which could wait forever', () => {
    const dir = join(scratch, 'special');
    mkdirSync(dir, { recursive: true });
    symlinkSync(join(dir, 'b.json'), join(dir, 'a.json'));
    symlinkSync(join(dir, 'a.json'), join(dir, 'b.json'));
    symlinkSync('/dev/zero', join(dir, 'zero.json'));
    execFileSync('mkfifo', [join(dir, 'fifo.json')]);
    const { files, skipped } = listExportFiles(dir);
    expect(files).toEqual([]);
    expect(skipped.map((entry) => [entry.name, entry.reason.split(':')[0]])).toEqual([
      ['a.json', 'is a link in a loop (it leads back to itself)'],
      ['b.json', 'is a link in a loop (it leads back to itself)'],
      ['fifo.json', 'is not a file but a pipe, socket or device, which is not read'],
      ['zero.json', 'is not a file but a pipe, socket or device, which is not read'],
    ]);
  });
});
