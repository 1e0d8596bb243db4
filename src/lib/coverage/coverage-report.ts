import type { Lesson } from '../../schemas';

/**
 * What can be wrong with a competency's coverage. Flags are independent: a competency with no
 * lessons but a full check pool is `no-content` and nothing else.
 */
export type CoverageFlag =
  'no-content' | 'no-check' | 'too-few-questions' | 'over-served' | 'under-served';

/** Every flag in the order reports list them, most serious first. */
export const COVERAGE_FLAGS: readonly CoverageFlag[] = [
  'no-content',
  'no-check',
  'too-few-questions',
  'under-served',
  'over-served',
];

/** The thresholds behind the flags; each can be tuned by the caller. */
export interface CoverageThresholds {
  /** `too-few-questions` below this many questions (lesson quizzes and check pool together). */
  minQuestions: number;
  /** `over-served` when a competency's minutes exceed this multiple of the median. */
  overServed: number;
  /** `under-served` when a competency's minutes fall below this multiple of the median. */
  underServed: number;
  /** How many competencies the least-covered list names. */
  leastCovered: number;
}

/**
 * Five questions is the smallest pool that lets a check draw a different mix on a retake and
 * still ask about more than one idea; 2× and 0.5× the median mark a competency that gets twice
 * (or half) the time of a typical one, wide enough that ordinary variation is not flagged.
 */
export const DEFAULT_THRESHOLDS: Readonly<CoverageThresholds> = {
  minQuestions: 5,
  overServed: 2,
  underServed: 0.5,
  leastCovered: 5,
};

/** The coverage of one competency. A parent's figures add up its own and all its descendants' content. */
export interface CompetencyCoverage {
  id: string;
  title: string;
  code?: string;
  parent?: string;
  /** 0 for an area, 1 for its children, … */
  depth: number;
  /** True when it has no child competencies: only leaves are compared with the median. */
  leaf: boolean;
  /** Every published lesson that builds it: its path first (in order), then lessons listing it as a secondary competency. */
  lessons: string[];
  /** The lessons whose primary competency it is (its learning path). */
  pathLessons: string[];
  /** Minutes of all its lessons: a lesson counts in full toward every competency it lists. */
  minutes: number;
  /** Minutes of its path alone. */
  pathMinutes: number;
  /** `minutes` as a share of all published lesson minutes, from 0 to 1. */
  share: number;
  /** `minutes` divided by the median of the leaves with content; undefined for parents or when there is no median. */
  ofMedian?: number;
  /** Quiz questions in its lessons, questions in its check pool (for a parent: all checks below it), and both. */
  questions: { lessons: number; check: number; total: number };
  /** Lesson levels its lessons cover, from foundation to advanced. */
  levels: Lesson['level'][];
  /** It has a competency check of its own. */
  hasCheck: boolean;
  /** Questions an attempt at its check draws (the pool when `draw` is not set); 0 without a check. */
  checkDraw: number;
  flags: CoverageFlag[];
}

/** The whole framework's coverage. */
export interface CoverageReport {
  site: { id: string; title: string };
  thresholds: CoverageThresholds;
  /** Median minutes of the leaf competencies that have content; 0 when none has. */
  medianMinutes: number;
  totals: {
    competencies: number;
    areas: number;
    /** Competencies without children: the ones lessons and checks are judged on. */
    leaves: number;
    lessons: number;
    minutes: number;
    /** Quiz questions of all lessons plus every check pool. */
    questions: number;
    /** Competencies with a competency check. */
    checks: number;
    /** Leaves carrying each flag. */
    flagged: Record<CoverageFlag, number>;
  };
  /** Every competency, depth-first in framework order. */
  competencies: CompetencyCoverage[];
  /** Ids of the leaves with the least content: fewest minutes, then fewest questions, then fewest lessons. */
  leastCovered: string[];
}
