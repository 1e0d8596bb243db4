/**
 * Shuffles a copy of `items` with a generator seeded by `seed`, so a page shows the same order on
 * every build (stable HTML, stable tests) while authors still write items in the right order.
 */
export function shuffleSeeded<T>(items: readonly T[], seed: string): T[] {
  let state = 2166136261;
  for (const char of seed) state = Math.imul(state ^ char.charCodeAt(0), 16777619) >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  // A shuffle that happens to keep the right order would give the answer away.
  if (copy.length > 1 && copy.every((item, index) => item === items[index])) copy.push(copy.shift()!);
  return copy;
}
