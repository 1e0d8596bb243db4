import { describe, expect, it } from 'vitest';
import { analyseCoverage, median } from '../../../../src/lib/coverage/analyse-coverage';
import { coveragePortal } from './coverage-portal';

describe('analyseCoverage', () => {
  const report = analyseCoverage(coveragePortal());
  const entry = (id: string) => report.competencies.find((competency) => competency.id === id)!;

  it('lists every competency depth-first in framework order', () => {
    expect(
      report.competencies.map((competency) => [competency.id, competency.depth, competency.leaf]),
    ).toEqual([
      ['area-a', 0, false],
      ['leaf-1', 1, true],
      ['leaf-2', 1, true],
      ['leaf-3', 1, true],
      ['area-b', 0, false],
      ['leaf-4', 1, true],
      ['leaf-5', 1, true],
    ]);
  });

  it('counts a lesson toward its secondary competencies too, path lessons first', () => {
    expect(entry('leaf-1')).toMatchObject({
      lessons: ['one', 'shared'],
      pathLessons: ['one', 'shared'],
      minutes: 20,
      pathMinutes: 20,
    });
    expect(entry('leaf-2')).toMatchObject({
      lessons: ['two', 'shared'],
      pathLessons: ['two'],
      minutes: 20,
      pathMinutes: 10,
    });
  });

  it('counts quiz questions of its lessons and the check pool, and what a check attempt draws', () => {
    expect(entry('leaf-1')).toMatchObject({
      questions: { lessons: 3, check: 3, total: 6 },
      hasCheck: true,
      checkDraw: 2,
    });
    expect(entry('leaf-2')).toMatchObject({
      questions: { lessons: 1, check: 0, total: 1 },
      hasCheck: false,
      checkDraw: 0,
    });
    expect(entry('leaf-5')).toMatchObject({
      questions: { lessons: 0, check: 6, total: 6 },
      hasCheck: true,
      checkDraw: 6,
    });
  });

  it('lists the levels covered from foundation to advanced', () => {
    expect(entry('leaf-1').levels).toEqual(['foundation', 'practitioner']);
    expect(entry('area-a').levels).toEqual(['foundation', 'practitioner', 'advanced']);
    expect(entry('leaf-5').levels).toEqual([]);
  });

  it('leaves drafts out of every figure', () => {
    expect(entry('leaf-3')).toMatchObject({
      lessons: ['short'],
      minutes: 2,
      questions: { total: 0 },
    });
    expect(report.totals.lessons).toBe(7);
  });

  it('takes the median over the leaves that have content and compares each leaf with it', () => {
    expect(report.medianMinutes).toBe(20);
    expect(report.competencies.map((competency) => competency.ofMedian)).toEqual([
      undefined,
      1,
      1,
      0.1,
      undefined,
      2.25,
      0,
    ]);
  });

  it('flags each leaf by the documented thresholds', () => {
    expect(
      Object.fromEntries(
        report.competencies.map((competency) => [competency.id, competency.flags]),
      ),
    ).toEqual({
      'area-a': [],
      'leaf-1': [],
      'leaf-2': ['no-check', 'too-few-questions'],
      'leaf-3': ['no-check', 'too-few-questions', 'under-served'],
      'area-b': [],
      'leaf-4': ['no-check', 'too-few-questions', 'over-served'],
      'leaf-5': ['no-content'],
    });
  });

  it('adds up a parent from the competencies below it, each lesson once, without judging it', () => {
    expect(entry('area-a')).toMatchObject({
      lessons: ['one', 'shared', 'two', 'short'],
      minutes: 32,
      questions: { lessons: 3, check: 3, total: 6 },
      flags: [],
    });
    expect(entry('area-b')).toMatchObject({
      lessons: ['long-a', 'long-b', 'long-c'],
      minutes: 45,
      questions: { check: 6 },
    });
  });

  it('gives each competency its share of all published minutes', () => {
    expect(report.totals.minutes).toBe(77);
    expect(entry('leaf-4').share).toBe(0.5844);
    expect(entry('area-a').share).toBe(0.4156);
  });

  it('totals the framework and counts the flagged leaves', () => {
    expect(report.totals).toEqual({
      competencies: 7,
      areas: 2,
      leaves: 5,
      lessons: 7,
      minutes: 77,
      questions: 12,
      checks: 2,
      flagged: {
        'no-content': 1,
        'no-check': 3,
        'too-few-questions': 3,
        'under-served': 1,
        'over-served': 1,
      },
    });
  });

  it('ranks the least-covered leaves by minutes, then questions, then lessons', () => {
    expect(report.leastCovered).toEqual(['leaf-5', 'leaf-3', 'leaf-2', 'leaf-1', 'leaf-4']);
    expect(analyseCoverage(coveragePortal(), { leastCovered: 2 }).leastCovered).toEqual([
      'leaf-5',
      'leaf-3',
    ]);
  });

  it('accepts other thresholds', () => {
    const strict = analyseCoverage(coveragePortal(), {
      minQuestions: 7,
      overServed: 3,
      underServed: 0.05,
    });
    expect(strict.competencies.find((competency) => competency.id === 'leaf-1')!.flags).toEqual([
      'too-few-questions',
    ]);
    expect(strict.totals.flagged).toMatchObject({ 'over-served': 0, 'under-served': 0 });
    expect(strict.thresholds).toEqual({
      minQuestions: 7,
      overServed: 3,
      underServed: 0.05,
      leastCovered: 5,
    });
  });
});

describe('median', () => {
  it('is the middle value, the mean of the two middle values, or 0 for none', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBe(0);
  });
});
