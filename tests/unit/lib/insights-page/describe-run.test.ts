import { describe, expect, it } from 'vitest';
import { describeRun } from '../../../../src/lib/insights-page/describe-run';
import { insightsOf } from './insights-fixture';

describe('describeRun', () => {
  it('says what the run read and what is loaded in all, with refused files and duplicates', () => {
    const insights = insightsOf(3, {}, 4);
    insights.files.refused = [
      { name: 'a.json', code: 'not-json', message: 'Not JSON.' },
      { name: 'b.json', code: 'empty', message: 'Empty.' },
    ];
    expect(describeRun({ read: 6, total: 6, cancelled: false }, insights)).toBe(
      'Read 6 files. In all: 3 members counted from 4 accepted files; 1 older export of the same members left out; 2 files refused, listed below.',
    );
  });

  it('says a stopped run covers only the files read so far', () => {
    const text = describeRun({ read: 1200, total: 5000, cancelled: true }, insightsOf(1200));
    expect(text).toMatch(/^Stopped after reading 1,200 of 5,000 files: the figures cover the files read so far\./);
    expect(text).toContain('In all: 1,200 members counted from 1,200 accepted files.');
  });

  it('uses the singular for one file and one member', () => {
    expect(describeRun({ read: 1, total: 1, cancelled: false }, insightsOf(1))).toBe(
      'Read 1 file. In all: 1 member counted from 1 accepted file.',
    );
  });
});
