import { describe, expect, it } from 'vitest';
import type { Portal } from '../../../../src/lib/portal/build-portal';
import { describeCompetencyCriteria } from '../../../../src/lib/standards/describe-criteria';

/** A portal with only what the criteria read: one area, a sub-area, and leaves with and without checks. */
function portal(): Portal {
  const competency = (id: string, fields: Record<string, unknown>) => ({
    id,
    title: id,
    summary: 's',
    description: '',
    alignments: [],
    children: [],
    ancestors: [id],
    path: [],
    related: [],
    minutes: 0,
    credits: 0,
    threshold: 0.8,
    file: '',
    area: id,
    ...fields,
  });
  return {
    site: {} as Portal['site'],
    areas: ['area'],
    competencyOrder: ['area', 'group', 'checked', 'plain', 'empty'],
    competencies: {
      area: competency('area', { children: ['group'] }),
      group: competency('group', {
        children: ['checked', 'plain', 'empty'],
        ancestors: ['area', 'group'],
      }),
      checked: competency('checked', {
        path: ['one'],
        threshold: 0.75,
        assessment: { questions: [{}, {}, {}], draw: 2 },
      }),
      plain: competency('plain', { path: ['one', 'two'] }),
      empty: competency('empty', {}),
    } as unknown as Portal['competencies'],
    lessons: { one: { duration: 5 }, two: { duration: 7 } } as unknown as Portal['lessons'],
    certifications: [],
  };
}

describe('describeCompetencyCriteria', () => {
  it('names the children of an area and of a competency with children', () => {
    expect(describeCompetencyCriteria(portal(), 'area')).toBe(
      'Master every competency in this area:\n\n- group',
    );
    expect(describeCompetencyCriteria(portal(), 'group')).toBe(
      'Master every competency under this one:\n\n- checked\n- plain\n- empty',
    );
  });

  it('asks for the check at its pass mark, counting drawn questions, with the path as preparation', () => {
    expect(describeCompetencyCriteria(portal(), 'checked')).toBe(
      'Pass the competency check (2 questions) with a score of at least 75 %. The learning path (1 micro-lesson, about 5 minutes) prepares for it; learners who already have the skill can take the check first.',
    );
  });

  it('asks for the whole path when there is no check, and says when nothing can earn it yet', () => {
    expect(describeCompetencyCriteria(portal(), 'plain')).toBe(
      'Complete every lesson of the learning path (2 micro-lessons, about 12 minutes); a lesson with a quiz counts as complete once its quiz is passed.',
    );
    expect(describeCompetencyCriteria(portal(), 'empty')).toBe(
      'This competency has no lessons or check yet, so it cannot be earned yet.',
    );
  });
});
