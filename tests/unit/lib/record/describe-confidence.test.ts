import { describe, expect, it } from 'vitest';
import type { CompetencyMastery } from '../../../../src/lib/record/compute-mastery';
import { CONFIDENCE_LEVELS, describeConfidence, describeRating } from '../../../../src/lib/record/describe-confidence';
import { createRecord } from '../../../../src/lib/record/learner-record';
import { rateConfidence } from '../../../../src/lib/record/record-actions';

const at = (n: number) => `2025-03-${String(n).padStart(2, '0')}T09:00:00.000Z`;
const empty = createRecord('learner-1', at(1));
const mastery = (completed: number, status: CompetencyMastery['status'] = completed > 0 ? 'in-progress' : 'not-started'): CompetencyMastery => ({
  status,
  testedOut: false,
  completed,
  total: 3,
});

describe('describeConfidence', () => {
  it('asks "before" with nothing saved on a first visit, and while the record is not read', () => {
    expect(describeConfidence(empty, 'alt', mastery(0))).toEqual({ phase: 'before' });
    expect(describeConfidence(empty, 'alt', undefined)).toEqual({ phase: 'before' });
  });

  it('shows the latest "before" rating for this competency while the path is under way', () => {
    let record = rateConfidence(empty, 'alt', 'before', 2, at(2));
    record = rateConfidence(record, 'captions', 'before', 5, at(3));
    record = rateConfidence(record, 'alt', 'before', 3, at(4));
    expect(describeConfidence(record, 'alt', mastery(2))).toEqual({ phase: 'before', current: { competency: 'alt', phase: 'before', rating: 3, at: at(4) } });
  });

  it('asks "after" once every lesson of the path is complete, beside the rating from before', () => {
    const before = rateConfidence(empty, 'alt', 'before', 2, at(2));
    expect(describeConfidence(before, 'alt', mastery(3, 'practised'))).toEqual({ phase: 'after', before: before.confidence[0] });
    const after = rateConfidence(before, 'alt', 'after', 4, at(9));
    expect(describeConfidence(after, 'alt', mastery(3, 'mastered'))).toEqual({ phase: 'after', current: after.confidence[1], before: before.confidence[0] });
  });

  it('asks "after" of a learner who tested out, and of one who finished the path before rating at all', () => {
    expect(describeConfidence(empty, 'alt', { ...mastery(0, 'mastered'), testedOut: true }).phase).toBe('after');
    expect(describeConfidence(empty, 'alt', mastery(3, 'practised'))).toEqual({ phase: 'after' });
  });
});

describe('describeRating', () => {
  it('puts a rating in words', () => {
    expect(CONFIDENCE_LEVELS.map((level) => describeRating(level.rating))).toEqual(['1 of 5, Not at all', '2 of 5, Slightly', '3 of 5, Somewhat', '4 of 5, Fairly', '5 of 5, Very']);
  });
});
