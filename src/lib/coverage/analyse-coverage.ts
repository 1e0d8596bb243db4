import { LESSON_LEVELS } from '../../schemas';
import type { Portal } from '../portal/build-portal';
import {
  COVERAGE_FLAGS,
  DEFAULT_THRESHOLDS,
  type CompetencyCoverage,
  type CoverageFlag,
  type CoverageReport,
  type CoverageThresholds,
} from './coverage-report';

/** Measures how well the portal's lessons and checks cover each competency of its framework. */
export function analyseCoverage(
  portal: Portal,
  thresholds: Partial<CoverageThresholds> = {},
): CoverageReport {
  const limits = { ...DEFAULT_THRESHOLDS, ...thresholds };
  const lessons = portal.lessons;
  const lessonMinutes = (ids: string[]) =>
    round(ids.reduce((total, id) => total + (lessons[id]?.duration ?? 0), 0));
  const quizQuestions = (ids: string[]) =>
    ids.reduce((total, id) => total + (lessons[id]?.quiz?.questions.length ?? 0), 0);
  const allMinutes = lessonMinutes(Object.keys(lessons));

  // Figures without flags first: the median needs every leaf's minutes.
  const measure = (id: string): Omit<CompetencyCoverage, 'share' | 'ofMedian' | 'flags'> => {
    const competency = portal.competencies[id]!;
    const subtree = collectSubtree(portal, id);
    const ownLessons = unique(
      subtree.flatMap((member) => [
        ...portal.competencies[member]!.path,
        ...portal.competencies[member]!.related,
      ]),
    );
    const pathLessons = competency.path;
    const checkQuestions = subtree.reduce(
      (total, member) => total + (portal.competencies[member]!.assessment?.questions.length ?? 0),
      0,
    );
    const present = new Set(ownLessons.map((slug) => lessons[slug]?.level));
    const assessment = competency.assessment;
    return {
      id,
      title: competency.title,
      ...(competency.code === undefined ? {} : { code: competency.code }),
      ...(competency.parent === undefined ? {} : { parent: competency.parent }),
      depth: competency.ancestors.length - 1,
      leaf: competency.children.length === 0,
      lessons: ownLessons,
      pathLessons,
      minutes: lessonMinutes(ownLessons),
      pathMinutes: lessonMinutes(pathLessons),
      questions: {
        lessons: quizQuestions(ownLessons),
        check: checkQuestions,
        total: quizQuestions(ownLessons) + checkQuestions,
      },
      levels: LESSON_LEVELS.filter((level) => present.has(level)),
      hasCheck: assessment !== undefined,
      checkDraw: assessment
        ? Math.min(assessment.draw ?? assessment.questions.length, assessment.questions.length)
        : 0,
    };
  };
  const measured = portal.competencyOrder.map(measure);
  const medianMinutes = median(
    measured
      .filter((entry) => entry.leaf && entry.lessons.length > 0)
      .map((entry) => entry.minutes),
  );

  const competencies = measured.map((entry): CompetencyCoverage => {
    const ofMedian =
      entry.leaf && medianMinutes > 0 ? round(entry.minutes / medianMinutes) : undefined;
    const flags: CoverageFlag[] = [];
    if (entry.lessons.length === 0) flags.push('no-content');
    if (entry.leaf) {
      if (!entry.hasCheck) flags.push('no-check');
      if (entry.questions.total < limits.minQuestions) flags.push('too-few-questions');
      if (ofMedian !== undefined && entry.lessons.length > 0 && ofMedian < limits.underServed)
        flags.push('under-served');
      if (ofMedian !== undefined && ofMedian > limits.overServed) flags.push('over-served');
    }
    return {
      ...entry,
      share: allMinutes > 0 ? round(entry.minutes / allMinutes, 4) : 0,
      ...(ofMedian === undefined ? {} : { ofMedian }),
      flags,
    };
  });

  const leaves = competencies.filter((entry) => entry.leaf);
  const flagged = Object.fromEntries(
    COVERAGE_FLAGS.map((flag) => [
      flag,
      leaves.filter((entry) => entry.flags.includes(flag)).length,
    ]),
  ) as Record<CoverageFlag, number>;
  const leastCovered = leaves
    .slice()
    .sort(
      (a, b) =>
        a.minutes - b.minutes ||
        a.questions.total - b.questions.total ||
        a.lessons.length - b.lessons.length,
    )
    .slice(0, limits.leastCovered)
    .map((entry) => entry.id);

  return {
    site: { id: portal.site.id, title: portal.site.title },
    thresholds: limits,
    medianMinutes,
    totals: {
      competencies: competencies.length,
      areas: portal.areas.length,
      leaves: leaves.length,
      lessons: Object.keys(lessons).length,
      minutes: allMinutes,
      questions:
        quizQuestions(Object.keys(lessons)) +
        competencies.reduce(
          (total, entry) =>
            total + (portal.competencies[entry.id]!.assessment?.questions.length ?? 0),
          0,
        ),
      checks: competencies.filter((entry) => entry.hasCheck).length,
      flagged,
    },
    competencies,
    leastCovered,
  };
}

/** A competency and every competency below it. */
function collectSubtree(portal: Portal, id: string): string[] {
  const competency = portal.competencies[id];
  return competency
    ? [id, ...competency.children.flatMap((child) => collectSubtree(portal, child))]
    : [];
}

/** The middle value (the mean of the two middle values for an even count); 0 for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = values.slice().sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
