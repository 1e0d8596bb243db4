import { describe, expect, it } from 'vitest';
import { selectExportFiles } from '../../../../src/lib/insights-page/select-export-files';

describe('selectExportFiles', () => {
  it('reads .json files, whatever the case of the extension, and counts the rest as skipped', () => {
    const files = [
      { name: 'micropath-a-2026-01-01.json' },
      { name: 'notes.txt' },
      { name: 'OLD.JSON' },
      { name: '.DS_Store' },
      { name: 'json' },
    ];
    const { exports, skipped } = selectExportFiles(files);
    expect(exports.map((file) => file.name)).toEqual(['micropath-a-2026-01-01.json', 'OLD.JSON']);
    expect(skipped.map((file) => file.name)).toEqual(['notes.txt', '.DS_Store', 'json']);
  });
});
