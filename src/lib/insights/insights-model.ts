import type { MasteryModel } from '../record/compute-mastery';
import type { Portal } from '../portal/build-portal';
import { buildMasteryModel } from '../portal/mastery-model';
import { buildQuizCatalog, type QuizCatalogEntry } from '../portal/quiz-catalog';

/** A competency as the insights list it: in display order, leaves and areas marked. */
export interface InsightsCompetency {
  id: string;
  title: string;
  code?: string;
  /** True for a competency with no children (the ones lessons and checks build). */
  leaf: boolean;
  /** The id of its area (the top-level competency); its own id for an area. */
  area: string;
  /** 0 for an area, 1 for its children, and so on. */
  depth: number;
}

/** A lesson as the insights name it. */
export interface InsightsLesson {
  title: string;
  /** Its primary competency. */
  competency: string;
  ceCredits?: number;
}

/** A certification as the insights count it. */
export interface InsightsCertification {
  id: string;
  title: string;
  competencies: string[];
  ceCredits?: number;
}

/**
 * What aggregating learners' exports needs to know of the portal: small JSON the insights page
 * fetches (or embeds) and hands to its worker, and the CLI builds from the content folder.
 */
export interface InsightsModel {
  /** The site the exports should come from: its id (an export's `site.id`), title and public URL. */
  site: { id: string; title: string; url: string };
  /** What computeMastery needs. */
  mastery: MasteryModel;
  /** Every competency, depth-first in display order. */
  competencies: InsightsCompetency[];
  /** Every published lesson by slug, in display order (path by path). */
  lessons: Record<string, InsightsLesson>;
  /** Certifications in display order. */
  certifications: InsightsCertification[];
  /** Every lesson quiz and competency check with its questions, in display order (the quiz catalog). */
  quizzes: QuizCatalogEntry[];
}

/** Builds the insights model of a portal; `siteUrl` is its public URL (MICROPATH_SITE or `site.yaml`). */
export function buildInsightsModel(portal: Portal, siteUrl: string): InsightsModel {
  const competencies = portal.competencyOrder.map((id): InsightsCompetency => {
    const competency = portal.competencies[id]!;
    return {
      id,
      title: competency.title,
      ...(competency.code === undefined ? {} : { code: competency.code }),
      leaf: competency.children.length === 0,
      area: competency.area,
      depth: competency.ancestors.length - 1,
    };
  });
  const lessons: Record<string, InsightsLesson> = {};
  for (const id of portal.competencyOrder) {
    for (const slug of portal.competencies[id]!.path) {
      const lesson = portal.lessons[slug];
      if (!lesson) continue;
      lessons[slug] = { title: lesson.title, competency: lesson.primary, ...(lesson.ceCredits === undefined ? {} : { ceCredits: lesson.ceCredits }) };
    }
  }
  const certifications = portal.certifications.map((certification): InsightsCertification => ({
    id: certification.id,
    title: certification.title,
    competencies: certification.competencies,
    ...(certification.ceCredits === undefined ? {} : { ceCredits: certification.ceCredits }),
  }));
  return {
    site: { id: portal.site.id, title: portal.site.title, url: siteUrl },
    mastery: buildMasteryModel(portal),
    competencies,
    lessons,
    certifications,
    quizzes: Object.values(buildQuizCatalog(portal).quizzes),
  };
}
