/** 1200 → "1,200": whole counts with thousands separators, the same in every locale and runtime. */
export function formatCount(count: number): string {
  return String(Math.round(count)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 1234.5 → "1,234.5": any figure with thousands separators, its decimals kept as they are. */
export function formatNumber(value: number): string {
  const [whole, fraction] = String(value).split('.') as [string, string | undefined];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** "1 member", "1,200 members": a count with its noun, singular for exactly one. */
export function formatCounted(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}
