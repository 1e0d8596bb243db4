import type { MasteryModel } from '../lib/record/compute-mastery';
import { describeCount } from '../lib/record/describe-mastery';
import { MasteryMark } from './MasteryMark';
import { StorageNotice } from './StorageNotice';
import { useMastery } from './use-learner';

interface Props {
  siteId: string;
  certification: string;
  competencies: { id: string; title: string; href: string }[];
  model: MasteryModel;
  progressHref: string;
}

/** "4 of 6 competencies mastered" for a certification, with each required competency's status. */
export default function CertificationProgress({ siteId, certification, competencies, model, progressHref }: Props) {
  const { mastery, status } = useMastery(siteId, model);
  const standing = mastery?.certifications[certification];
  return (
    <div className="summary-box">
      <StorageNotice status={status} progressHref={progressHref} />
      <h2>Your progress</h2>
      {!standing ? (
        <p className="muted">Reading your progress in this browser…</p>
      ) : (
        <p>
          <strong>{standing.earned ? 'Earned: every required competency is mastered.' : `${describeCount(standing.mastered, standing.total)}.`}</strong>
        </p>
      )}
      <ul>
        {competencies.map((competency) => (
          <li key={competency.id}>
            <a href={competency.href}>{competency.title}</a> <MasteryMark mastery={mastery?.competencies[competency.id]} />
          </li>
        ))}
      </ul>
    </div>
  );
}
