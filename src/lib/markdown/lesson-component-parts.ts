/** The kinds of `<Callout>` and the label each shows when it has no title. */
export const CALLOUT_LABELS = { note: 'Note', tip: 'Tip', warning: 'Watch out' } as const;

/** A callout's kind. */
export type CalloutKind = keyof typeof CALLOUT_LABELS;

/** What `<Callout kind title>` shows and announces: its classes and its label. */
export function calloutParts(kind: string | undefined, title: string | undefined): { classes: string[]; label: string } {
  const known = kind !== undefined && kind in CALLOUT_LABELS ? (kind as CalloutKind) : 'note';
  return { classes: ['callout', kind ?? 'note'], label: title ?? CALLOUT_LABELS[known] };
}

/** What `<Example title>` shows and announces. */
export function exampleLabel(title: string): string {
  return `Worked example: ${title}`;
}
