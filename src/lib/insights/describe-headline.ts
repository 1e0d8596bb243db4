import { formatPercent } from '../quiz/describe-score';
import { formatCounted } from './format-count';
import type { CertificationInsight, CompetencyInsight } from './insights';

/**
 * The one sentence at the top of the insights: the certification with most earners (the first in
 * display order on a tie); when none was earned, the leaf competency mastered most often; when
 * none was mastered, that fact; and a clear sentence when no export was counted. Percentages as
 * the progress page writes them ("85 %").
 */
export function describeHeadline(members: number, certifications: readonly CertificationInsight[], competencies: readonly CompetencyInsight[]): string {
  if (members === 0) return 'No learner export was counted, so there are no figures yet: add the export files members made on the progress page.';
  const of = `of ${formatCounted(members, 'member')}`;
  const certification = pickMost(certifications, (item) => item.earned);
  if (certification) return `In this data, ${formatPercent(certification.earnedRate)} ${of} mastered every competency of the ${certification.title}.`;
  const competency = pickMost(competencies.filter((item) => item.leaf), (item) => item.mastered);
  if (competency) return `In this data, ${formatPercent(competency.masteredRate)} ${of} mastered ${competency.title}, the competency mastered most often.`;
  return `In this data, none ${of} has mastered a competency yet.`;
}

/** The item with the highest value above 0, the first on a tie. */
function pickMost<T>(items: readonly T[], value: (item: T) => number): T | undefined {
  return items.reduce<T | undefined>((best, item) => (value(item) > (best === undefined ? 0 : value(best)) ? item : best), undefined);
}
