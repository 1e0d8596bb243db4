/**
 * A content id from any text: lower-case ASCII letters and digits joined by single hyphens
 * ("CCSS.Math.Content.6.RP.A.1" → "ccss-math-content-6-rp-a-1", "Écrire" → "ecrire").
 * Empty when the text has no letters or digits.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Makes ids unique without depending on order: every id used more than once gets a suffix from
 * its entry's own stable key (e.g. the first characters of a CASE identifier).
 */
export function uniqueIds(entries: { id: string; key: string }[]): { ids: string[]; renamed: number } {
  const uses = new Map<string, number>();
  for (const { id } of entries) uses.set(id, (uses.get(id) ?? 0) + 1);
  let renamed = 0;
  const taken = new Set<string>();
  const ids = entries.map(({ id, key }) => {
    if (uses.get(id) === 1) return id;
    renamed++;
    const suffix = slugify(key) || 'item';
    const base = `${id}-${suffix.slice(0, 8)}`;
    let candidate = base;
    for (let n = 2; taken.has(candidate) || uses.has(candidate); n++) candidate = `${base}-${n}`;
    taken.add(candidate);
    return candidate;
  });
  return { ids, renamed };
}
