import type { Entry, ValidContent } from '../../../../src/lib/content/valid-content';
import { buildPortal, type Portal } from '../../../../src/lib/portal/build-portal';
import {
  AssessmentSchema,
  CompetencySchema,
  LessonSchema,
  SiteSchema,
  type Assessment,
  type Competency,
  type Lesson,
} from '../../../../src/schemas';

const competency = (id: string, fields: Record<string, unknown> = {}): Entry<Competency> => ({
  id,
  file: `content/competencies/${id}.yaml`,
  data: CompetencySchema.parse({ title: `Skill ${id}`, summary: `${id}.`, ...fields }),
});

const questions = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, index) => ({
    id: `${prefix}-${index + 1}`,
    type: 'true-false',
    prompt: `P${index}`,
    explanation: 'E',
    answer: true,
  }));

const lesson = (
  id: string,
  competencies: string[],
  duration: number,
  level: string,
  quizQuestions = 0,
  fields: Record<string, unknown> = {},
): Entry<Lesson> => ({
  id,
  file: `content/lessons/${id}.mdx`,
  data: LessonSchema.parse({
    title: id,
    description: 'D.',
    objectives: ['O'],
    competencies,
    duration,
    level,
    ...(quizQuestions ? { quiz: { questions: questions(quizQuestions, id) } } : {}),
    ...fields,
  }),
});

const check = (id: string, count: number, draw?: number): Entry<Assessment> => ({
  id,
  file: `content/assessments/${id}.yaml`,
  data: AssessmentSchema.parse({
    questions: questions(count, `${id}-check`),
    ...(draw ? { draw } : {}),
  }),
});

/**
 * A portal whose coverage is known by hand. Minutes of the leaves with content: 20, 20, 2, 45
 * (median 20). `shared` is primary in leaf-1 and secondary in leaf-2; the draft is ignored.
 *
 * | leaf   | lessons          | min | questions (quiz + check) | check         | flags                                      |
 * | leaf-1 | one, shared      | 20  | 3 + 3                    | yes, draws 2  | –                                          |
 * | leaf-2 | two, shared      | 20  | 1 + 0                    | no            | no-check, too-few-questions                |
 * | leaf-3 | short            | 2   | 0                        | no            | no-check, too-few-questions, under-served  |
 * | leaf-4 | long-a/b/c       | 45  | 0                        | no            | no-check, too-few-questions, over-served   |
 * | leaf-5 | –                | 0   | 0 + 6                    | yes           | no-content                                 |
 */
export function coveragePortal(): Portal {
  const content: ValidContent = {
    site: SiteSchema.parse({ id: 'known', title: 'Known | portal' }),
    competencies: [
      competency('area-a', { code: '1', title: 'Area A' }),
      competency('leaf-1', { parent: 'area-a', code: '1.1' }),
      competency('leaf-2', { parent: 'area-a', code: '1.2', title: 'Pipes | and *stars*' }),
      competency('leaf-3', { parent: 'area-a', code: '1.3' }),
      competency('area-b', { code: '2', title: 'Area B' }),
      competency('leaf-4', { parent: 'area-b', code: '2.1' }),
      competency('leaf-5', { parent: 'area-b', code: '2.2' }),
    ],
    lessons: [
      lesson('one', ['leaf-1'], 10, 'foundation', 2),
      lesson('shared', ['leaf-1', 'leaf-2'], 10, 'practitioner', 1),
      lesson('two', ['leaf-2'], 10, 'foundation'),
      lesson('short', ['leaf-3'], 2, 'advanced'),
      lesson('long-a', ['leaf-4'], 15, 'foundation'),
      lesson('long-b', ['leaf-4'], 15, 'foundation'),
      lesson('long-c', ['leaf-4'], 15, 'foundation'),
      lesson('draft', ['leaf-3'], 10, 'foundation', 4, { draft: true }),
    ],
    assessments: [check('leaf-1', 3, 2), check('leaf-5', 6)],
    certifications: [],
  };
  return buildPortal(content);
}
