import { describe, expect, it } from 'vitest';
import {
  buildMasterySeries,
  describeStatus,
  labelStatus,
  percentOf,
} from '../../../../src/lib/charts/mastery-series';
import type { CompetencyMastery, MasteryReport } from '../../../../src/lib/record/compute-mastery';

const standing = (overrides: Partial<CompetencyMastery>): CompetencyMastery => ({
  status: 'not-started',
  testedOut: false,
  completed: 0,
  total: 3,
  ...overrides,
});

const report: MasteryReport = {
  competencies: {
    alt: standing({
      status: 'mastered',
      testedOut: true,
      completed: 0,
      total: 3,
      bestCheckScore: 0.9,
      masteredAt: '2025-03-02T09:00:00.000Z',
    }),
    captions: standing({ status: 'in-progress', completed: 1, total: 3 }),
    contrast: standing({ status: 'practised', completed: 2, total: 2, bestCheckScore: 0.456 }),
    headings: standing({}),
  },
  lessons: {},
  lessonsCompletedAt: {},
  certifications: {},
};

describe('buildMasterySeries', () => {
  it('gives one bar per competency in the order given, labelled with code and title', () => {
    const bars = buildMasterySeries(
      [
        { id: 'captions', code: '1.2', title: 'Time-based media' },
        { id: 'alt', code: '1.1', title: 'Text alternatives' },
        { id: 'headings', title: 'Headings' },
      ],
      report,
    );
    expect(bars.map((bar) => [bar.label, bar.shortLabel, bar.percent, bar.statusLabel])).toEqual([
      ['1.2 Time-based media', '1.2', 33, 'In progress'],
      ['1.1 Text alternatives', '1.1', 100, 'Mastered (tested out)'],
      ['Headings', 'Headings', 0, 'Not started'],
    ]);
  });

  it('puts a mastered competency at 100 % even when it was tested out without a lesson', () => {
    const [bar] = buildMasterySeries([{ id: 'alt', title: 'Alt' }], report);
    expect(bar).toEqual({
      id: 'alt',
      label: 'Alt',
      shortLabel: 'Alt',
      percent: 100,
      status: 'mastered',
      testedOut: true,
      statusLabel: 'Mastered (tested out)',
      statusText: 'Mastered by testing out with the competency check.',
      completed: 0,
      total: 3,
      bestCheckPercent: 90,
    });
  });

  it('shows a practised path at 100 % of its lessons but names the check still to pass', () => {
    const [bar] = buildMasterySeries([{ id: 'contrast', title: 'Contrast' }], report);
    expect(bar).toMatchObject({
      percent: 100,
      status: 'practised',
      statusLabel: 'Practised',
      bestCheckPercent: 46,
    });
    expect(bar!.statusText).toBe(
      'Practised: 2 of 2 lessons completed; pass the competency check to master it.',
    );
  });

  it('treats a competency missing from the report, or named like an Object method, as not started', () => {
    const bars = buildMasterySeries(
      [
        { id: 'gone', title: 'Gone' },
        { id: 'constructor', title: 'Odd id' },
      ],
      report,
    );
    expect(bars.map((bar) => [bar.status, bar.percent, bar.total])).toEqual([
      ['not-started', 0, 0],
      ['not-started', 0, 0],
    ]);
  });

  it('returns no bars for no competencies', () => {
    expect(buildMasterySeries([], report)).toEqual([]);
  });
});

describe('percentOf', () => {
  it('rounds the share of the path to a whole percent, and is 0 for an empty path', () => {
    expect(percentOf(standing({ status: 'in-progress', completed: 2, total: 3 }))).toBe(67);
    expect(percentOf(standing({ status: 'in-progress', completed: 0, total: 0 }))).toBe(0);
    expect(percentOf(standing({ status: 'mastered', completed: 0, total: 0 }))).toBe(100);
  });
});

describe('labelStatus and describeStatus', () => {
  it('say every status in words', () => {
    const cases = [
      standing({ status: 'not-started' }),
      standing({ status: 'in-progress', completed: 1, total: 1 }),
      standing({ status: 'in-progress', total: 0 }),
      standing({ status: 'practised', completed: 1, total: 1 }),
      standing({ status: 'mastered', completed: 3, total: 3 }),
      standing({ status: 'mastered', testedOut: true }),
    ];
    expect(cases.map((mastery) => `${labelStatus(mastery)} | ${describeStatus(mastery)}`))
      .toMatchInlineSnapshot(`
      [
        "Not started | Not started.",
        "In progress | In progress: 1 of 1 lesson completed.",
        "In progress | In progress.",
        "Practised | Practised: 1 of 1 lesson completed; pass the competency check to master it.",
        "Mastered | Mastered.",
        "Mastered (tested out) | Mastered by testing out with the competency check.",
      ]
    `);
  });
});
