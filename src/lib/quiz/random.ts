/** A source of numbers in [0, 1), like Math.random; injected so attempts can be replayed in tests. */
export type Random = () => number;

/**
 * A generator seeded by a string. The first attempt of a quiz uses one seeded by the quiz id, so the
 * server-rendered form and the hydrated one agree; later attempts use Math.random.
 */
export function createSeededRandom(seed: string): Random {
  let state = 2166136261;
  for (const char of seed) state = Math.imul(state ^ char.charCodeAt(0), 16777619) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A shuffled copy of `items`. With `notInOrder`, a result that keeps the original order is rotated
 * by one, because showing an order or match question in its right order would give the answer away.
 */
export function shuffleWith<T>(items: readonly T[], random: Random, { notInOrder = false } = {}): T[] {
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  if (notInOrder && copy.length > 1 && copy.every((item, index) => item === items[index])) copy.push(copy.shift()!);
  return copy;
}
