import { computeMastery } from '../record/compute-mastery';
import type { LearnerRecord } from '../record/learner-record';
import type { StatementKit } from './statement-kit';
import type { XapiCatalog } from './xapi-catalog';
import type { XapiStatement } from './xapi-statement';
import { VERBS } from './xapi-vocabulary';

/** One `mastered` per competency mastered (areas included), dated when mastery was reached. */
export function buildMasteryStatements(record: LearnerRecord, catalog: XapiCatalog, kit: StatementKit): XapiStatement[] {
  const { competencies } = computeMastery(catalog.model, record);
  return Object.entries(competencies).flatMap(([id, mastery]) =>
    mastery.status === 'mastered' && mastery.masteredAt
      ? [kit.statement(`mastered:${id}`, VERBS.mastered, kit.activities.competency(id), mastery.masteredAt, { result: { success: true, completion: true } })]
      : [],
  );
}
