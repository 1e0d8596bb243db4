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
    insights.files.given = 6;
    expect(describeRun({ read: 6, total: 6, cancelled: false }, insights)).toBe(
      'Read 6 files. In all: 3 members counted from 4 accepted files; 1 older export of the same members left out; 2 files refused, listed below.',
    );
  });

  it('says a stopped run covers only the files read so far', () => {
    const text = describeRun({ read: 1200, total: 5000, cancelled: true }, insightsOf(1200));
    expect(text).toMatch(/^Stopped after reading 1,200 of 5,000 files: the figures cover the files read so far\./);
    expect(text).toContain('In all: 1,200 members counted from 1,200 accepted files.');
  });

  it('says the files given in all and the copies among them, the figures of the summary table', () => {
    // One file given twice: 4 given, 1 a copy, 2 accepted, 1 refused.
    const insights = insightsOf(2);
    insights.files = { ...insights.files, given: 4, copies: 1, refused: [{ name: 'a.json', code: 'not-json', message: 'Not JSON.' }] };
    expect(describeRun({ read: 4, total: 4, cancelled: false }, insights)).toBe(
      'Read 4 files. In all: 4 files given; 1 copy of a file already read (counted once); 2 members counted from 2 accepted files; 1 file refused, listed below.',
    );
    // Two of five files, then all five twice (3 exports, 2 refused): 12 given, 7 of them copies.
    const again = insightsOf(3);
    again.files = { ...again.files, given: 12, copies: 7, refused: [{ name: 'a.json', code: 'not-json', message: 'Not JSON.' }, { name: 'b.json', code: 'empty', message: 'Empty.' }] };
    expect(describeRun({ read: 5, total: 5, cancelled: false }, again)).toBe(
      'Read 5 files. In all: 12 files given; 7 copies of files already read (counted once); 3 members counted from 3 accepted files; 2 files refused, listed below.',
    );
  });

  it('says the files given in all when earlier runs added some, even without copies', () => {
    const insights = insightsOf(5);
    expect(describeRun({ read: 3, total: 3, cancelled: false }, insights)).toBe('Read 3 files. In all: 5 files given; 5 members counted from 5 accepted files.');
  });

  it('uses the singular for one file and one member', () => {
    expect(describeRun({ read: 1, total: 1, cancelled: false }, insightsOf(1))).toBe(
      'Read 1 file. In all: 1 member counted from 1 accepted file.',
    );
  });
});
