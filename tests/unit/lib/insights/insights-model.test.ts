import { describe, expect, it } from 'vitest';
import { fixtureModel } from './insights-fixtures';

describe('buildInsightsModel', () => {
  const model = fixtureModel();

  it('names the site with the public URL it was given', () => {
    expect(model.site).toEqual({ id: 'fixture-portal', title: 'Fixture portal', url: 'https://example.org/fixture/' });
  });

  it('lists competencies in display order with leaves, areas and depth marked', () => {
    expect(model.competencies).toEqual([
      { id: 'area-one', title: 'Area one', code: '1', leaf: false, area: 'area-one', depth: 0 },
      { id: 'skill-a', title: 'Skill A', code: '1.10', leaf: true, area: 'area-one', depth: 1 },
      { id: 'skill-b', title: 'Skill B', code: '1.2', leaf: true, area: 'area-one', depth: 1 },
    ]);
  });

  it('lists lessons path by path with their primary competency and credits, and certifications with theirs', () => {
    expect(model.lessons).toEqual({
      'lesson-one': { title: 'Lesson one', competency: 'skill-a', ceCredits: 0.1 },
      'lesson-two': { title: 'Lesson two', competency: 'skill-a' },
      'lesson-three': { title: 'Lesson three', competency: 'skill-b' },
    });
    expect(Object.keys(model.lessons)).toEqual(['lesson-one', 'lesson-two', 'lesson-three']);
    expect(model.certifications).toEqual([{ id: 'cert', title: 'Fixture certificate', competencies: ['skill-a', 'skill-b'], ceCredits: 1 }]);
  });

  it('carries the mastery model and every quiz and check with its questions', () => {
    expect(Object.keys(model.mastery.competencies)).toEqual(['area-one', 'skill-a', 'skill-b']);
    expect(model.quizzes.map((quiz) => [quiz.id, quiz.questions.map((question) => question.id)])).toEqual([
      ['lesson:lesson-one', ['q-one']],
      ['check:skill-a', ['c-one']],
    ]);
  });
});
