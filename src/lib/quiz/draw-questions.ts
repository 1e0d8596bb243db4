import { shuffleWith, type Random } from './random';

/**
 * `count` questions picked at random from `pool`, kept in the pool's order (authors often go from
 * easy to hard). The whole pool when `count` is absent or not smaller than the pool.
 */
export function drawQuestions<T>(pool: readonly T[], count: number | undefined, random: Random): T[] {
  if (count === undefined || count >= pool.length) return pool.slice();
  const picked = new Set(shuffleWith(pool.map((_, index) => index), random).slice(0, Math.max(0, count)));
  return pool.filter((_, index) => picked.has(index));
}
