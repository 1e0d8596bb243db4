import type { ProgressCompetency } from './progress-data';

/** A competency's badge, drawn like CompetencyBadge.astro: a hexagon in the badge colour with the code. */
export function Badge({
  competency,
  size = 72,
}: {
  competency: ProgressCompetency;
  size?: number;
}) {
  const label = competency.code ?? competency.title.slice(0, 2);
  return (
    <svg
      className="badge"
      width={size}
      height={size}
      viewBox="0 0 100 100"
      role="img"
      aria-label={`Badge: ${competency.title}`}
    >
      <polygon
        points="50,3 93,27 93,73 50,97 7,73 7,27"
        fill={competency.colour}
        stroke="currentColor"
        strokeWidth="3"
      />
      <text
        x="50"
        y="60"
        textAnchor="middle"
        fontSize={label.length > 3 ? 22 : 30}
        fontWeight="700"
        fill="#ffffff"
        fontFamily="system-ui, sans-serif"
      >
        {label}
      </text>
    </svg>
  );
}
