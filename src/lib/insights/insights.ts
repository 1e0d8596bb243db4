import type { ImportErrorCode } from '../record/parse-import';

/*
 * The aggregates of many learners' exports, as JSON: what the insights page charts and tables
 * show and what `npm run insights` writes. Rates are shares from 0 to 1 over `members` (0 when
 * there are none); a figure that has nothing to average over is null, never a false 0.
 */

/** A file that was not counted, with parseImportFile's reason. */
export interface RefusedFile {
  name: string;
  code: ImportErrorCode;
  message: string;
}

/** A file that was counted but deserves a note (another site's export). */
export interface FileWarning {
  name: string;
  message: string;
}

/** What happened to the files. */
export interface FilesInsight {
  /** Every file given, copies included: copies + accepted + refused. */
  given: number;
  /** Copies of a file already read (the same size and contents, whatever the name): counted once. */
  copies: number;
  /** Files that passed the validator (duplicates included). */
  accepted: number;
  /** Files refused, sorted by name. */
  refused: RefusedFile[];
  /** Accepted files not counted because a later export of the same learner was (accepted − members). */
  duplicates: number;
  /** Accepted files from an older record version, migrated before counting. */
  migrated: number;
  /** Warnings about accepted files, sorted by name. */
  warnings: FileWarning[];
}

/** One competency across members. */
export interface CompetencyInsight {
  id: string;
  title: string;
  code?: string;
  leaf: boolean;
  /** True for a top-level competency. */
  area: boolean;
  depth: number;
  /** Members with any evidence (status other than not started). */
  started: number;
  startedRate: number;
  /** Members who practised or mastered it. */
  practised: number;
  practisedRate: number;
  mastered: number;
  masteredRate: number;
  /** Members who took its check, and the median of their best scores (0–1); null without a check or takers. */
  checkTakers: number;
  medianBestScore: number | null;
  /** Members who mastered it by passing the check before completing the path. */
  testedOut: number;
}

/** One question of a quiz or check across members. */
export interface QuestionInsight {
  quizId: string;
  /** The lesson's (or check's) title. */
  quizTitle: string;
  kind: 'lesson' | 'check';
  /** The lesson a lesson quiz belongs to. */
  lesson?: string;
  competency: string;
  questionId: string;
  prompt: string;
  type: string;
  /** Members who ever answered it. */
  answered: number;
  /** Members whose first attempt containing it got it right. */
  correctFirst: number;
  /** correctFirst / answered; null when nobody answered. */
  correctFirstRate: number | null;
  /** The wrong answer most often given on those first attempts (as text), and by how many members. */
  commonWrong: { answer: string; count: number } | null;
}

/** Confidence self-ratings (1–5) of one competency; each member's latest rating per phase counts. */
export interface ConfidenceInsight {
  id: string;
  title: string;
  withBefore: number;
  withAfter: number;
  meanBefore: number | null;
  meanAfter: number | null;
  /** Members with both ratings, their mean change (after − before), and how many rose. */
  withBoth: number;
  meanChange: number | null;
  rose: number;
}

/** A comment a member left on a lesson. */
export interface LessonComment {
  text: string;
  useful: boolean;
  at: string;
}

/** "Was this lesson useful?" across members; each member's latest answer per lesson counts. */
export interface LessonInsight {
  slug: string;
  title: string;
  competency: string;
  ratings: number;
  useful: number;
  notUseful: number;
  /** useful / ratings; null without ratings. */
  usefulShare: number | null;
  /** Every comment members shared on it, newest first. */
  comments: LessonComment[];
}

/** One certification across members. */
export interface CertificationInsight {
  id: string;
  title: string;
  earned: number;
  earnedRate: number;
  /** Credits one earner gets, and all earners together. */
  ceCredits: number;
  creditsEarned: number;
}

/** CE credits: completed lessons' plus earned certifications'. */
export interface CreditsInsight {
  total: number;
  /** total / members; null with no members. */
  meanPerMember: number | null;
  certifications: CertificationInsight[];
}

/** Mastery reached in one UTC month. */
export interface MonthInsight {
  /** `YYYY-MM`. */
  month: string;
  /** Leaf competencies mastered that month, summed over members. */
  mastered: number;
  /** Members whose first mastered competency falls in that month. */
  firstMasteries: number;
}

/** Everything the insights show. */
export interface Insights {
  site: { id: string; title: string; url: string };
  /** When the aggregate was made (ISO date-time). */
  generatedAt: string;
  files: FilesInsight;
  /** Distinct learners counted. */
  members: number;
  /** Display order. */
  competencies: CompetencyInsight[];
  /** Every question of every quiz and check, in display order. */
  questions: QuestionInsight[];
  /** The 10 hardest questions (see aggregate-exports.ts for the rule). */
  hardest: QuestionInsight[];
  confidence: ConfidenceInsight[];
  /** Every lesson in display order. */
  lessons: LessonInsight[];
  credits: CreditsInsight;
  /** First to last month with a mastery, no gaps. */
  months: MonthInsight[];
  /** One sentence that sums it up. */
  headline: string;
}
