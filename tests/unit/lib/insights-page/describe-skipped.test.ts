import { describe, expect, it } from 'vitest';
import { describeSkipped } from '../../../../src/lib/insights-page/describe-skipped';

describe('describeSkipped', () => {
  it('says nothing when every file chosen ends in .json', () => {
    expect(describeSkipped(0, 3)).toBeUndefined();
  });

  it('notes the files left out beside the ones read', () => {
    expect(describeSkipped(1, 3)).toBe('1 file was left out because its name does not end in .json.');
    expect(describeSkipped(2, 3)).toBe('2 files were left out because their names do not end in .json.');
  });

  it('says that nothing was read, why, and what to choose instead when no file ends in .json', () => {
    expect(describeSkipped(1, 0)).toBe('No file was read: the file chosen does not end in .json, so it cannot be a Micropath export. Choose the export files members sent you (named like micropath-<site>-<date>.json), or a folder holding them.');
    expect(describeSkipped(1200, 0)).toMatch(/^No file was read: none of the 1,200 files chosen ends in \.json, so none can be a Micropath export\. Choose/);
  });
});
