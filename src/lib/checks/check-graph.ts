import type { Entry, ValidContent } from '../content/valid-content';
import { checkDraw, checkPassingScore, checkQuestions } from './check-quiz';
import { suggest } from './nearest';
import { error, warning, type Problem } from './problem';

/** Ids of files that exist but failed their schema: references to them are not reported. */
export interface KnownIds {
  competencies?: string[];
  lessons?: string[];
  /** Some files failed validation: skip checks that need every file (empty competencies). */
  partial?: boolean;
}

/**
 * Checks everything that spans files: every reference resolves, ids are unique, the competency
 * tree and the prerequisites have no cycles, each leaf competency has lessons, quizzes follow the
 * rules and lessons fit the site's time limit. Linear in the size of the content.
 */
export function checkGraph(content: ValidContent, known: KnownIds = {}): Problem[] {
  const competencyIds = new Set([...content.competencies.map((entry) => entry.id), ...(known.competencies ?? [])]);
  const lessonIds = new Set([...content.lessons.map((entry) => entry.id), ...(known.lessons ?? [])]);
  const drafts = new Set(content.lessons.filter((entry) => entry.data.draft).map((entry) => entry.id));
  const unknownCompetency = (file: string, field: string, id: string) =>
    error('unknown-competency', file, field, `"${id}" is not a competency.${suggest(id, competencyIds)}`, 'Use the file name (without .yaml) of a file in content/competencies/.');
  return [
    ...findDuplicateIds(content.competencies, 'competency'),
    ...findDuplicateIds(content.lessons, 'lesson slug'),
    ...findDuplicateIds(content.certifications, 'certification'),
    ...checkCompetencyTree(content, competencyIds),
    ...content.lessons.flatMap((lesson) => checkLesson(content, lesson, lessonIds, drafts, competencyIds, unknownCompetency)),
    ...findPrerequisiteCycles(content.lessons),
    ...content.assessments.flatMap((assessment) => [
      ...(competencyIds.has(assessment.id) ? [] : [error('unknown-competency', assessment.file, '(file name)', `"${assessment.id}" is not a competency, so this check belongs to nothing.${suggest(assessment.id, competencyIds)}`, 'Name the file after the competency it checks: content/assessments/<competency-id>.yaml.')]),
      ...checkPassingScore(assessment.file, 'passingScore', assessment.data.passingScore),
      ...checkDraw(assessment.file, assessment.data.draw, assessment.data.questions.length),
      ...checkQuestions(assessment.file, 'questions', assessment.data.questions),
    ]),
    ...content.certifications.flatMap((certification) =>
      certification.data.competencies.flatMap((id, index) =>
        !competencyIds.has(id) ? [unknownCompetency(certification.file, `competencies[${index}]`, id)] : certification.data.competencies.indexOf(id) !== index ? [listedTwice(certification.file, `competencies[${index}]`, id)] : [],
      ),
    ),
    ...(known.partial ? [] : findEmptyCompetencies(content)),
  ];
}

function checkLesson(
  content: ValidContent,
  lesson: Entry<ValidContent['lessons'][number]['data']>,
  lessonIds: Set<string>,
  drafts: Set<string>,
  competencyIds: Set<string>,
  unknownCompetency: (file: string, field: string, id: string) => Problem,
): Problem[] {
  const { data, file } = lesson;
  const problems: Problem[] = [];
  data.competencies.forEach((id, index) => {
    if (!competencyIds.has(id)) problems.push(unknownCompetency(file, `competencies[${index}]`, id));
    else if (data.competencies.indexOf(id) !== index) problems.push(listedTwice(file, `competencies[${index}]`, id));
  });
  data.prerequisites.forEach((id, index) => {
    if (id === lesson.id) problems.push(error('self-prerequisite', file, `prerequisites[${index}]`, 'the lesson names itself as a prerequisite.', 'Remove it.'));
    else if (!lessonIds.has(id)) problems.push(error('unknown-prerequisite', file, `prerequisites[${index}]`, `"${id}" is not a lesson.${suggest(id, lessonIds)}`, 'Use the file name (without .mdx) of a lesson in content/lessons/.'));
    else if (data.prerequisites.indexOf(id) !== index) problems.push(listedTwice(file, `prerequisites[${index}]`, id));
    else if (drafts.has(id) && !data.draft) problems.push(error('draft-prerequisite', file, `prerequisites[${index}]`, `"${id}" is a draft, so it is not published and learners could not take it first.`, 'Publish that lesson (remove draft: true), or remove the prerequisite.'));
  });
  const max = content.site.lesson.maxMinutes;
  if (data.duration > max) problems.push(error('lesson-too-long', file, 'duration', `${data.duration} minutes is over the site's limit of ${max}.`, 'Split the lesson into shorter ones, or raise lesson.maxMinutes in content/site.yaml.'));
  if (data.quiz) {
    problems.push(...checkPassingScore(file, 'quiz.passingScore', data.quiz.passingScore), ...checkQuestions(file, 'quiz.questions', data.quiz.questions));
  }
  return problems;
}

function listedTwice(file: string, field: string, id: string): Problem {
  return error('duplicate-reference', file, field, `"${id}" is listed twice.`, 'List it once.');
}

function checkCompetencyTree(content: ValidContent, ids: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const parentOf = new Map<string, string>();
  for (const { id, file, data } of content.competencies) {
    if (data.parent === undefined) continue;
    if (data.parent === id) problems.push(error('competency-cycle', file, 'parent', 'the competency names itself as its parent.', 'Remove parent, or name another competency.'));
    else if (!ids.has(data.parent)) problems.push(error('unknown-parent', file, 'parent', `"${data.parent}" is not a competency.${suggest(data.parent, ids)}`, 'Use the file name (without .yaml) of a file in content/competencies/, or remove parent for an area.'));
    else parentOf.set(id, data.parent);
  }
  const reported = new Set<string>();
  for (const { id, file } of content.competencies) {
    const chain = [id];
    for (let next = parentOf.get(id); next !== undefined; next = parentOf.get(next)) {
      if (next === id) {
        const key = [...chain].sort().join();
        if (!reported.has(key)) problems.push(error('competency-cycle', file, 'parent', `the parent chain loops: ${[...chain, id].join(' → ')}.`, 'Break the loop: one competency in it must have another parent or none.'));
        reported.add(key);
        break;
      }
      if (chain.includes(next) || chain.length > ids.size) break;
      chain.push(next);
    }
  }
  return problems;
}

/** Finds each prerequisite cycle once, printing it in the order the lessons refer to each other. */
function findPrerequisiteCycles(lessons: readonly Entry<ValidContent['lessons'][number]['data']>[]): Problem[] {
  const byId = new Map(lessons.map((lesson) => [lesson.id, lesson]));
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const problems: Problem[] = [];
  const visit = (id: string): void => {
    state.set(id, 'visiting');
    stack.push(id);
    for (const next of byId.get(id)?.data.prerequisites ?? []) {
      if (!byId.has(next) || next === id) continue;
      if (state.get(next) === 'visiting') {
        const cycle = [...stack.slice(stack.indexOf(next)), next];
        const lesson = byId.get(next)!;
        problems.push(error('prerequisite-cycle', lesson.file, 'prerequisites', `prerequisites form a cycle: ${cycle.join(' → ')}.`, 'Remove one prerequisite in the cycle so lessons can be taken in some order.'));
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const lesson of lessons) if (!state.has(lesson.id)) visit(lesson.id);
  return problems;
}

function findDuplicateIds<T>(entries: readonly Entry<T>[], what: string): Problem[] {
  const first = new Map<string, string>();
  return entries.flatMap((entry) => {
    const earlier = first.get(entry.id);
    if (earlier === undefined) {
      first.set(entry.id, entry.file);
      return [];
    }
    return [error('duplicate-id', entry.file, '(file name)', `${what} "${entry.id}" is already used by ${earlier}.`, 'Rename one of the files: ids come from file names and must be unique.')];
  });
}

function findEmptyCompetencies(content: ValidContent): Problem[] {
  const parents = new Set(content.competencies.map((entry) => entry.data.parent).filter(Boolean));
  const taught = new Set(content.lessons.filter((lesson) => !lesson.data.draft).flatMap((lesson) => lesson.data.competencies));
  return content.competencies
    .filter((entry) => !parents.has(entry.id) && !taught.has(entry.id))
    .map((entry) => warning('empty-competency', entry.file, undefined, `no published lesson builds "${entry.id}".`, 'Add a lesson with this id in its competencies, or remove the competency.'));
}
