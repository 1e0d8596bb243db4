import { describe, expect, it } from 'vitest';
import { analyseCoverage } from '../../../../src/lib/coverage/analyse-coverage';
import { buildCoverageBars } from '../../../../src/lib/coverage/build-coverage-bars';
import { coveragePortal } from './coverage-portal';

describe('buildCoverageBars', () => {
  it('makes a bar per competency without sub-competencies, flags in words, time flags emphasised', () => {
    expect(buildCoverageBars(analyseCoverage(coveragePortal()))).toEqual([
      { label: '1.1 Skill leaf-1', shortLabel: '1.1', minutes: 20, flagText: '', emphasis: false },
      {
        label: '1.2 Pipes | and *stars*',
        shortLabel: '1.2',
        minutes: 20,
        flagText: 'no check, too few questions',
        emphasis: false,
      },
      {
        label: '1.3 Skill leaf-3',
        shortLabel: '1.3',
        minutes: 2,
        flagText: 'no check, too few questions, under-served',
        emphasis: true,
      },
      {
        label: '2.1 Skill leaf-4',
        shortLabel: '2.1',
        minutes: 45,
        flagText: 'no check, too few questions, over-served',
        emphasis: true,
      },
      {
        label: '2.2 Skill leaf-5',
        shortLabel: '2.2',
        minutes: 0,
        flagText: 'no content',
        emphasis: true,
      },
    ]);
  });
});
