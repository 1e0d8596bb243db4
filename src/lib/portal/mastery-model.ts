import type { MasteryModel } from '../record/compute-mastery';
import type { Portal } from './build-portal';

/**
 * The part of the portal mastery needs, for the given competencies and everything below them
 * (all when none are given). Pages pass only what they show, so a page's HTML does not grow
 * with the catalogue.
 */
export function buildMasteryModel(portal: Portal, roots?: readonly string[]): MasteryModel {
  const model: MasteryModel = { competencies: {}, lessons: {}, certifications: {} };
  const add = (id: string) => {
    const competency = portal.competencies[id];
    if (!competency || model.competencies[id]) return;
    model.competencies[id] = { children: competency.children, path: competency.path, hasCheck: competency.assessment !== undefined, threshold: competency.threshold };
    for (const slug of competency.path) model.lessons[slug] = { hasQuiz: portal.lessons[slug]?.quiz !== undefined };
    competency.children.forEach(add);
  };
  (roots ?? portal.competencyOrder).forEach(add);
  for (const certification of portal.certifications) {
    if (certification.competencies.every((id) => model.competencies[id])) model.certifications[certification.id] = { competencies: certification.competencies };
  }
  return model;
}
