import type { CompetencyMastery, MasteryReport, MasteryStatus } from '../record/compute-mastery';

/** A competency as the progress chart names it. */
export interface SeriesCompetency {
  id: string;
  /** Framework code, e.g. "1.1"; shown before the title. */
  code?: string;
  title: string;
}

/** One bar of the mastery chart, and one row of the table beside it. */
export interface MasteryBar {
  id: string;
  /** "1.1 Text alternatives". */
  label: string;
  /** The code alone when there is one ("1.1"), for narrow charts; the title otherwise. */
  shortLabel: string;
  /** 0–100: lessons of the path completed, 100 when mastered. */
  percent: number;
  status: MasteryStatus;
  /** Mastered by passing the check before the path was complete. */
  testedOut: boolean;
  /** A few words for the status: "Mastered", "Mastered (tested out)", "In progress"… */
  statusLabel: string;
  /** The status in a sentence a learner can act on. */
  statusText: string;
  completed: number;
  total: number;
  /** Best score on the competency check, 0–100, if taken. */
  bestCheckPercent?: number;
}

const SHORT: Record<MasteryStatus, string> = {
  mastered: 'Mastered',
  practised: 'Practised',
  'in-progress': 'In progress',
  'not-started': 'Not started',
};

/** A short status label; a test-out says so, because it is mastery without the lessons. */
export function labelStatus(mastery: CompetencyMastery): string {
  return mastery.status === 'mastered' && mastery.testedOut
    ? 'Mastered (tested out)'
    : SHORT[mastery.status];
}

/** The status as a sentence, e.g. "In progress: 1 of 3 lessons completed." Never colour alone. */
export function describeStatus(mastery: CompetencyMastery): string {
  const lessons = `${mastery.completed} of ${mastery.total} ${mastery.total === 1 ? 'lesson' : 'lessons'} completed`;
  switch (mastery.status) {
    case 'mastered':
      return mastery.testedOut ? 'Mastered by testing out with the competency check.' : 'Mastered.';
    case 'practised':
      return `Practised: ${lessons}; pass the competency check to master it.`;
    case 'in-progress':
      return mastery.total > 0 ? `In progress: ${lessons}.` : 'In progress.';
    default:
      return 'Not started.';
  }
}

/** The share of the path done, as a whole percentage; a mastered competency is at 100. */
export function percentOf(mastery: CompetencyMastery): number {
  if (mastery.status === 'mastered') return 100;
  return mastery.total > 0 ? Math.round((mastery.completed / mastery.total) * 100) : 0;
}

/**
 * The chart's bars, one per competency in the order given (pass the leaf competencies in display
 * order). A competency the report does not know counts as not started.
 */
export function buildMasterySeries(
  competencies: readonly SeriesCompetency[],
  report: MasteryReport,
): MasteryBar[] {
  return competencies.map(({ id, code, title }) => {
    const mastery: CompetencyMastery = (Object.hasOwn(report.competencies, id)
      ? report.competencies[id]
      : undefined) ?? {
      status: 'not-started',
      testedOut: false,
      completed: 0,
      total: 0,
    };
    return {
      id,
      label: code ? `${code} ${title}` : title,
      shortLabel: code ?? title,
      percent: percentOf(mastery),
      status: mastery.status,
      testedOut: mastery.testedOut,
      statusLabel: labelStatus(mastery),
      statusText: describeStatus(mastery),
      completed: mastery.completed,
      total: mastery.total,
      ...(mastery.bestCheckScore === undefined
        ? {}
        : { bestCheckPercent: Math.round(mastery.bestCheckScore * 100) }),
    };
  });
}
