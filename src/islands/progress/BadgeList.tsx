import { Badge } from './Badge';
import type { ProgressCompetency } from './progress-data';

interface Props {
  /** Mastered competencies in display order, with when each was mastered. */
  earned: { competency: ProgressCompetency; masteredAt?: string }[];
  formatDate: (iso: string) => string;
}

/** A badge per mastered competency, or a word on how to earn one. */
export function BadgeList({ earned, formatDate }: Props) {
  if (earned.length === 0) return <p>No badges yet. Master a competency to earn its badge.</p>;
  return (
    <ul className="badge-list">
      {earned.map(({ competency, masteredAt }) => (
        <li key={competency.id}>
          <Badge competency={competency} />
          <a href={competency.href}>{competency.title}</a>
          {masteredAt && (
            <span className="muted">
              Mastered <time dateTime={masteredAt}>{formatDate(masteredAt)}</time>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
