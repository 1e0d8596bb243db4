import type { MasteryReport } from '../record/compute-mastery';
import type { LearnerRecord } from '../record/learner-record';

/** What the summary needs to know of the portal. */
export interface ProgressCatalogue {
  /** The competencies "N of M mastered" counts: the leaves of the framework, in display order. */
  competencies: readonly string[];
  /** Lessons by slug with their continuing-education credits. */
  lessons: Readonly<Record<string, { ceCredits?: number }>>;
  /** Certifications in display order, with the credits they carry when earned. */
  certifications: readonly { id: string; ceCredits?: number }[];
}

/** One certification's standing. */
export interface CertificationProgress {
  id: string;
  mastered: number;
  total: number;
  earned: boolean;
}

/** The learner's standing in numbers. */
export interface ProgressSummary {
  /** Competencies (of the catalogue's list) mastered, and how many there are. */
  mastered: number;
  total: number;
  /** Lessons completed (a lesson with a quiz: its quiz passed). */
  lessonsCompleted: number;
  /** CE credits earned: completed lessons' plus earned certifications', to two decimals. */
  credits: number;
  certifications: CertificationProgress[];
}

/** Sums up a mastery report for the top of the progress page. */
export function summariseProgress(
  catalogue: ProgressCatalogue,
  report: MasteryReport,
): ProgressSummary {
  const mastered = catalogue.competencies.filter(
    (id) => own(report.competencies, id)?.status === 'mastered',
  ).length;
  const completed = Object.keys(catalogue.lessons).filter(
    (slug) => own(report.lessons, slug) === true,
  );
  const certifications = catalogue.certifications.map(({ id }) => {
    const standing = own(report.certifications, id) ?? { earned: false, mastered: 0, total: 0 };
    return { id, mastered: standing.mastered, total: standing.total, earned: standing.earned };
  });
  const lessonCredits = completed.reduce(
    (total, slug) => total + (catalogue.lessons[slug]!.ceCredits ?? 0),
    0,
  );
  const certificationCredits = catalogue.certifications.reduce(
    (total, certification, index) =>
      total + (certifications[index]!.earned ? (certification.ceCredits ?? 0) : 0),
    0,
  );
  return {
    mastered,
    total: catalogue.competencies.length,
    lessonsCompleted: completed.length,
    credits: Math.round((lessonCredits + certificationCredits) * 100) / 100,
    certifications,
  };
}

/** True when the record holds nothing at all: no lesson opened, no attempt, rating or feedback. */
export function isRecordEmpty(record: LearnerRecord): boolean {
  return (
    Object.keys(record.lessons).length === 0 &&
    record.attempts.length === 0 &&
    record.confidence.length === 0 &&
    record.feedback.length === 0
  );
}

/** "1 CE credit", "0.35 CE credits". */
export function formatCredits(credits: number): string {
  return `${credits} CE ${credits === 1 ? 'credit' : 'credits'}`;
}

function own<T>(map: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}
