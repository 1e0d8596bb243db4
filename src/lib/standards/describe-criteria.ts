import type { CertificationView, Portal } from '../portal/build-portal';

/**
 * How a learner earns a competency, in the words of the mastery rules (DESIGN §7), as Markdown for
 * an Achievement's `criteria.narrative`.
 */
export function describeCompetencyCriteria(portal: Portal, id: string): string {
  const { competencies, lessons } = portal;
  const competency = competencies[id]!;
  if (competency.children.length > 0) {
    const where = competency.ancestors.length === 1 ? 'in this area' : 'under this one';
    return `Master every competency ${where}:\n\n${listOf(competency.children.map((child) => competencies[child]!.title))}`;
  }
  const minutes = competency.path.reduce((total, lesson) => total + (lessons[lesson]?.duration ?? 0), 0);
  const path = `${competency.path.length} micro-lesson${competency.path.length === 1 ? '' : 's'}, about ${minutes} minutes`;
  const percent = `${Math.round(competency.threshold * 100)} %`;
  if (competency.assessment) {
    const questions = competency.assessment.draw ?? competency.assessment.questions.length;
    const preparation = competency.path.length > 0 ? ` The learning path (${path}) prepares for it; learners who already have the skill can take the check first.` : '';
    return `Pass the competency check (${questions} questions) with a score of at least ${percent}.${preparation}`;
  }
  if (competency.path.length === 0) return 'This competency has no lessons or check yet, so it cannot be earned yet.';
  return `Complete every lesson of the learning path (${path}); a lesson with a quiz counts as complete once its quiz is passed.`;
}

/** How a learner earns a certification: every required competency mastered. */
export function describeCertificationCriteria(portal: Portal, certification: CertificationView): string {
  const names = certification.competencies.map((id) => portal.competencies[id]?.title ?? id);
  return `Master all ${names.length} competencies the certification requires (each competency's page says how):\n\n${listOf(names)}`;
}

/** A Markdown bullet list: names may end in punctuation of their own, which a sentence would garble. */
function listOf(names: string[]): string {
  return names.map((name) => `- ${name}`).join('\n');
}
