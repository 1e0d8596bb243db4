import { formatCredits, type ProgressSummary as Summary } from '../../lib/charts/progress-summary';

interface Props {
  summary: Summary;
  certifications: { id: string; title: string; href: string }[];
}

/** "N of M competencies mastered", lessons, CE credits and each certification's progress. */
export function ProgressSummary({ summary, certifications }: Props) {
  const titles = new Map(certifications.map((certification) => [certification.id, certification]));
  return (
    <>
      <p className="progress-headline">
        {summary.mastered} of {summary.total} {summary.total === 1 ? 'competency' : 'competencies'}{' '}
        mastered
      </p>
      <ul className="progress-facts">
        <li>
          {summary.lessonsCompleted} {summary.lessonsCompleted === 1 ? 'lesson' : 'lessons'}{' '}
          completed
        </li>
        <li>{formatCredits(summary.credits)} earned</li>
      </ul>
      {summary.certifications.length > 0 && (
        <>
          <h3>Certifications</h3>
          <ul className="certification-progress">
            {summary.certifications.map((certification) => (
              <li key={certification.id}>
                <a href={titles.get(certification.id)?.href}>
                  {titles.get(certification.id)?.title ?? certification.id}
                </a>
                :{' '}
                {certification.earned ? (
                  <strong>Earned</strong>
                ) : (
                  <>
                    {certification.mastered} of {certification.total} competencies mastered
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
