import { summariseProgress } from '../charts/progress-summary';
import { computeMastery, type MasteryModel } from './compute-mastery';
import type { LearnerRecord } from './learner-record';

/** What the transcript needs to know of the portal: the progress page's data is enough. */
export interface TranscriptPortal {
  model: MasteryModel;
  /** Every competency in display order; the leaves are the ones a transcript lists and counts. */
  competencies: readonly { id: string; code?: string; title: string; leaf: boolean }[];
  lessons: Readonly<Record<string, { title: string; ceCredits?: number }>>;
  certifications: readonly { id: string; title: string; ceCredits?: number }[];
  /** The build's content version, printed beside each lesson's credits. */
  contentVersion: string;
}

/** How a competency was mastered, in the transcript's words. */
export type MasteredBy = 'tested-out' | 'check' | 'lessons';

/** One mastered competency. */
export interface TranscriptCompetency {
  id: string;
  code?: string;
  title: string;
  /** ISO date-time. */
  masteredAt: string;
  by: MasteredBy;
}

/** One certification's standing. */
export interface TranscriptCertification {
  id: string;
  title: string;
  earned: boolean;
  mastered: number;
  total: number;
  /** When the last of its competencies was mastered, if earned. */
  earnedAt?: string;
  /** Credits it carries (counted in the totals only when earned). */
  ceCredits: number;
}

/** One completed lesson and the credits it gave. */
export interface TranscriptLesson {
  slug: string;
  title: string;
  /** ISO date-time. */
  completedAt: string;
  ceCredits: number;
  contentVersion: string;
}

/** The transcript's view model: everything the page prints, in order, with dates as ISO text. */
export interface Transcript {
  competencies: TranscriptCompetency[];
  certifications: TranscriptCertification[];
  /** Completed lessons, earliest first. */
  lessons: TranscriptLesson[];
  totals: {
    mastered: number;
    competencies: number;
    lessonsCompleted: number;
    lessonCredits: number;
    certificationCredits: number;
    /** All credits, as the progress page's summary counts them. */
    credits: number;
  };
  /** ISO date-time the transcript was made (printed on it). */
  printedAt: string;
}

/** Builds the transcript of `record`: mastered competencies, certifications and credited lessons. `now` dates it. */
export function buildTranscript(
  record: LearnerRecord,
  portal: TranscriptPortal,
  now: string,
): Transcript {
  const report = computeMastery(portal.model, record);
  // A record written on a device whose clock ran ahead must not claim a date after the printing (as in xAPI).
  const notAfterNow = (iso: string) => (Date.parse(iso) > Date.parse(now) ? now : iso);
  const leaves = portal.competencies.filter((competency) => competency.leaf);
  const competencies = leaves.flatMap(({ id, code, title }): TranscriptCompetency[] => {
    const standing = report.competencies[id];
    if (standing?.status !== 'mastered' || !standing.masteredAt) return [];
    const by: MasteredBy = standing.testedOut
      ? 'tested-out'
      : portal.model.competencies[id]?.hasCheck
        ? 'check'
        : 'lessons';
    return [
      { id, ...(code ? { code } : {}), title, masteredAt: notAfterNow(standing.masteredAt), by },
    ];
  });
  const certifications = portal.certifications.map(
    ({ id, title, ceCredits }): TranscriptCertification => {
      const standing = report.certifications[id] ?? { earned: false, mastered: 0, total: 0 };
      const dates = (portal.model.certifications[id]?.competencies ?? []).map(
        (competency) => report.competencies[competency]?.masteredAt ?? '',
      );
      const earnedAt = standing.earned ? dates.sort().at(-1) : undefined;
      return {
        id,
        title,
        earned: standing.earned,
        mastered: standing.mastered,
        total: standing.total,
        ...(earnedAt ? { earnedAt: notAfterNow(earnedAt) } : {}),
        ceCredits: ceCredits ?? 0,
      };
    },
  );
  const lessons = Object.entries(report.lessonsCompletedAt)
    .filter(([slug]) => Object.hasOwn(portal.lessons, slug))
    .map(([slug, completedAt]) => ({
      slug,
      title: portal.lessons[slug]!.title,
      completedAt: notAfterNow(completedAt),
      ceCredits: portal.lessons[slug]!.ceCredits ?? 0,
      contentVersion: portal.contentVersion,
    }))
    .sort((a, b) => a.completedAt.localeCompare(b.completedAt) || a.title.localeCompare(b.title));
  const summary = summariseProgress(
    {
      competencies: leaves.map((leaf) => leaf.id),
      lessons: portal.lessons,
      certifications: portal.certifications,
    },
    report,
  );
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    competencies,
    certifications,
    lessons,
    totals: {
      mastered: summary.mastered,
      competencies: summary.total,
      lessonsCompleted: summary.lessonsCompleted,
      lessonCredits: round(lessons.reduce((total, lesson) => total + lesson.ceCredits, 0)),
      certificationCredits: round(
        certifications.reduce(
          (total, certification) => total + (certification.earned ? certification.ceCredits : 0),
          0,
        ),
      ),
      credits: summary.credits,
    },
    printedAt: now,
  };
}
