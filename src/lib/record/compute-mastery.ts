import { checkQuizId, lessonQuizId, type LearnerRecord } from './learner-record';

/** What mastery needs to know of the portal: small enough to ship to the browser as JSON. */
export interface MasteryModel {
  competencies: Record<string, { children: string[]; path: string[]; hasCheck: boolean; threshold: number }>;
  lessons: Record<string, { hasQuiz: boolean }>;
  certifications: Record<string, { competencies: string[] }>;
}

/** The stages of a competency, in order. */
export type MasteryStatus = 'not-started' | 'in-progress' | 'practised' | 'mastered';

/** One competency's mastery, derived from the record. */
export interface CompetencyMastery {
  status: MasteryStatus;
  /** Mastered by passing the check before the path was complete. */
  testedOut: boolean;
  /** Lessons of the path completed, and the path's length (for a parent: all descendants'). */
  completed: number;
  total: number;
  /** Best score on the competency check, if taken. */
  bestCheckScore?: number;
  /** When mastery was reached (the passing check or the last lesson), if mastered. */
  masteredAt?: string;
}

/** The learner's whole standing. */
export interface MasteryReport {
  competencies: Record<string, CompetencyMastery>;
  /** Lesson slug → completed. */
  lessons: Record<string, boolean>;
  /** Completed lesson slug → when it was completed (its quiz first passed, or first marked complete). */
  lessonsCompletedAt: Record<string, string>;
  certifications: Record<string, { earned: boolean; mastered: number; total: number }>;
}

/**
 * Derives mastery per DESIGN §7: not started → in progress (any evidence) → practised (every lesson
 * of the path complete; a lesson with a quiz completes when the quiz is passed) → mastered
 * (practised and the check passed at the threshold, or the check passed first as a test-out).
 * Without a check, practised counts as mastered. A parent is mastered when all its children are.
 */
export function computeMastery(model: MasteryModel, record: LearnerRecord): MasteryReport {
  const passedAt = new Map<string, string>();
  const bestScore = new Map<string, number>();
  const attempted = new Set<string>();
  for (const attempt of record.attempts) {
    attempted.add(attempt.quizId);
    bestScore.set(attempt.quizId, Math.max(bestScore.get(attempt.quizId) ?? 0, attempt.score));
    if (attempt.passed) {
      const earlier = passedAt.get(attempt.quizId);
      if (!earlier || attempt.finishedAt < earlier) passedAt.set(attempt.quizId, attempt.finishedAt);
    }
  }
  // Own keys only: a lesson or competency named "constructor" must not find Object.prototype.constructor.
  const own = <T>(map: Record<string, T>, key: string): T | undefined => (Object.hasOwn(map, key) ? map[key] : undefined);
  const completedAt = (slug: string): string | undefined =>
    own(model.lessons, slug)?.hasQuiz ? passedAt.get(lessonQuizId(slug)) : own(record.lessons, slug)?.firstCompletedAt;

  const lessons: Record<string, boolean> = {};
  const lessonsCompletedAt: Record<string, string> = {};
  for (const slug of Object.keys(model.lessons)) {
    const at = completedAt(slug);
    lessons[slug] = at !== undefined;
    if (at !== undefined) lessonsCompletedAt[slug] = at;
  }

  const competencies = new Map<string, CompetencyMastery>();
  const ratedCompetencies = new Set(record.confidence.map((rating) => rating.competency));
  const visit = (id: string, seen: Set<string>): CompetencyMastery => {
    const known = competencies.get(id);
    if (known) return known;
    const node = own(model.competencies, id);
    if (!node || seen.has(id)) return { status: 'not-started', testedOut: false, completed: 0, total: 0 };
    seen.add(id);
    let result: CompetencyMastery;
    if (node.children.length > 0) {
      const children = node.children.map((child) => visit(child, seen));
      const all = children.every((child) => child.status === 'mastered');
      const dates = children.map((child) => child.masteredAt).filter((value): value is string => Boolean(value));
      result = {
        status: all ? 'mastered' : children.some((child) => child.status !== 'not-started') ? 'in-progress' : 'not-started',
        testedOut: false,
        completed: children.reduce((total, child) => total + child.completed, 0),
        total: children.reduce((total, child) => total + child.total, 0),
        ...(all && dates.length ? { masteredAt: dates.sort().at(-1) } : {}),
      };
    } else {
      const times = node.path.map(completedAt);
      const completed = times.filter(Boolean).length;
      const practised = node.path.length > 0 && completed === node.path.length;
      const practisedAt = practised ? (times as string[]).slice().sort().at(-1) : undefined;
      const checkId = checkQuizId(id);
      const checkPassedAt = node.hasCheck ? passedAt.get(checkId) : undefined;
      const evidence = completed > 0 || attempted.has(checkId) || ratedCompetencies.has(id) || node.path.some((slug) => own(record.lessons, slug) !== undefined || attempted.has(lessonQuizId(slug)));
      const mastered = node.hasCheck ? checkPassedAt !== undefined : practised;
      result = {
        status: mastered ? 'mastered' : practised ? 'practised' : evidence ? 'in-progress' : 'not-started',
        testedOut: checkPassedAt !== undefined && (!practisedAt || checkPassedAt < practisedAt),
        completed,
        total: node.path.length,
        ...(node.hasCheck && bestScore.has(checkId) ? { bestCheckScore: bestScore.get(checkId) } : {}),
        ...(mastered ? { masteredAt: node.hasCheck ? checkPassedAt : practisedAt } : {}),
      };
    }
    competencies.set(id, result);
    return result;
  };
  for (const id of Object.keys(model.competencies)) visit(id, new Set());

  const certifications: MasteryReport['certifications'] = {};
  for (const [id, certification] of Object.entries(model.certifications)) {
    const mastered = certification.competencies.filter((competency) => competencies.get(competency)?.status === 'mastered').length;
    certifications[id] = { earned: mastered === certification.competencies.length, mastered, total: certification.competencies.length };
  }
  return { competencies: Object.fromEntries(competencies), lessons, lessonsCompletedAt, certifications };
}
