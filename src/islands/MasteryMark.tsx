import type { CompetencyMastery } from '../lib/record/compute-mastery';
import { describeMastery } from '../lib/record/describe-mastery';

/** A competency's status in words; an invisible placeholder of the same size until the record is read. */
export function MasteryMark({ mastery }: { mastery: CompetencyMastery | null | undefined }) {
  if (!mastery) return <span className="status-mark placeholder" aria-hidden="true">Not started</span>;
  return <span className={`status-mark ${mastery.status}`}>{describeMastery(mastery)}</span>;
}

/** A lesson's status in words, with the same placeholder rule. */
export function LessonMark({ complete }: { complete: boolean | undefined }) {
  if (complete === undefined) return <span className="status-mark placeholder" aria-hidden="true">Not completed</span>;
  return <span className={`status-mark ${complete ? 'complete' : 'open'}`}>{complete ? 'Completed' : 'Not completed'}</span>;
}
