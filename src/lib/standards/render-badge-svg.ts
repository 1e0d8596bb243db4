/** What a badge image shows. */
export interface BadgeImage {
  /** Accessible name, e.g. the competency's title. */
  title: string;
  /** The few characters in the middle: a code or initials. */
  label: string;
  /** Background colour; the label is white on it. */
  colour: string;
  /** A hexagon for a competency (as on its page), a seal for a certification. */
  shape: 'hexagon' | 'seal';
}

/**
 * A standalone SVG of a badge, with the look of CompetencyBadge.astro (hexagon, white code on the
 * badge colour), for Achievements whose image other sites fetch.
 */
export function renderBadgeSvg({ title, label, colour, shape }: BadgeImage): string {
  const outline =
    shape === 'hexagon'
      ? `<polygon points="50,3 93,27 93,73 50,97 7,73 7,27" fill="${escapeXml(colour)}" stroke="#0f172a" stroke-width="3"/>`
      : `<circle cx="50" cy="50" r="46" fill="${escapeXml(colour)}" stroke="#0f172a" stroke-width="3"/><circle cx="50" cy="50" r="37" fill="none" stroke="#ffffff" stroke-width="2" stroke-dasharray="4 3"/>`;
  const size = label.length > 3 ? 22 : 30;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200" viewBox="0 0 100 100" role="img" aria-labelledby="title">',
    `<title id="title">Badge: ${escapeXml(title)}</title>`,
    outline,
    `<text x="50" y="60" text-anchor="middle" font-size="${size}" font-weight="700" fill="#ffffff" font-family="system-ui, sans-serif">${escapeXml(label)}</text>`,
    '</svg>',
    '',
  ].join('\n');
}

/** Up to two initials of a name: "Accessible Communicator Certificate" → "AC". */
export function initialsOf(name: string): string {
  return (name.match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? []).slice(0, 2).map((word) => word[0]!.toUpperCase()).join('') || '★';
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
