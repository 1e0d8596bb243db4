import type { MasteryModel } from '../lib/record/compute-mastery';
import { describeCount } from '../lib/record/describe-mastery';
import { MasteryMark } from './MasteryMark';
import { StorageNotice } from './StorageNotice';
import { useMastery } from './use-learner';

/** A competency card as the home page shows it. */
export interface CardItem {
  id: string;
  code?: string;
  title: string;
  href: string;
  summary: string;
  totals: string;
}

/** An area with its competency cards. */
export interface AreaItem {
  id: string;
  code?: string;
  title: string;
  href: string;
  summary: string;
  cards: CardItem[];
}

/** A certification with where it is described. */
export interface CertificationItem {
  id: string;
  title: string;
  href: string;
}

interface Props {
  siteId: string;
  areas: AreaItem[];
  certifications: CertificationItem[];
  model: MasteryModel;
  progressHref: string;
}

/** The framework at a glance with the learner's standing: a count, each certification, each card. */
export default function FrameworkOverview({ siteId, areas, certifications, model, progressHref }: Props) {
  const { mastery, status } = useMastery(siteId, model);
  const leaves = areas.flatMap((area) => area.cards.map((card) => card.id));
  const mastered = mastery ? leaves.filter((id) => mastery.competencies[id]?.status === 'mastered').length : undefined;
  return (
    <>
      <StorageNotice status={status} progressHref={progressHref} />
      <div className="summary-box">
        <h2>Your progress</h2>
        {mastered === undefined ? (
          <p className="muted">Reading your progress in this browser…</p>
        ) : (
          <>
            <p>
              <strong>{describeCount(mastered, leaves.length)}</strong>. <a href={progressHref}>See your progress</a>
            </p>
            {certifications.length > 0 && (
              <ul>
                {certifications.map((certification) => {
                  const standing = mastery?.certifications[certification.id];
                  return (
                    <li key={certification.id}>
                      <a href={certification.href}>{certification.title}</a>: {standing ? (standing.earned ? 'earned' : describeCount(standing.mastered, standing.total)) : ''}
                    </li>
                  );
                })}
              </ul>
            )}
          </>
        )}
      </div>
      <h2>The framework at a glance</h2>
      {areas.map((area) => (
        <section className="area" aria-labelledby={`area-${area.id}`} key={area.id}>
          <h3 id={`area-${area.id}`}>
            {area.code && <span className="code">{area.code} </span>}
            <a href={area.href}>{area.title}</a>
          </h3>
          <p className="muted">{area.summary}</p>
          <ul className="cards">
            {area.cards.map((card) => (
              <li className="card" key={card.id}>
                <h4 className="card-title">
                  {card.code && <span className="code">{card.code} </span>}
                  <a href={card.href}>{card.title}</a>
                </h4>
                <p>{card.summary}</p>
                <p className="muted">{card.totals}</p>
                <p>
                  <MasteryMark mastery={mastery?.competencies[card.id]} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
