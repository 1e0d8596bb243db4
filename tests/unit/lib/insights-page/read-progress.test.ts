import { describe, expect, it } from 'vitest';
import {
  ANNOUNCED_STEPS,
  describeReadStart,
  findMilestone,
} from '../../../../src/lib/insights-page/read-progress';

describe('describeReadStart', () => {
  it('names how many files the run reads', () => {
    expect(describeReadStart(5000)).toBe('Reading 5,000 files…');
    expect(describeReadStart(1)).toBe('Reading 1 file…');
  });
});

describe('findMilestone', () => {
  it('changes only at each quarter of the run, so a long run is announced a few times', () => {
    const total = 5000;
    const milestones = new Set<number>();
    for (let read = 0; read <= total; read += 50) milestones.add(findMilestone(read, total));
    expect([...milestones]).toEqual([0, 1, 2, 3, ANNOUNCED_STEPS]);
    expect(findMilestone(1249, total)).toBe(0);
    expect(findMilestone(1250, total)).toBe(1);
  });

  it('counts an empty run as done and never passes the last step', () => {
    expect(findMilestone(0, 0)).toBe(ANNOUNCED_STEPS);
    expect(findMilestone(7, 5)).toBe(ANNOUNCED_STEPS);
  });
});
