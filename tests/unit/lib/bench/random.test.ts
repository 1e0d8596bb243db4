import { describe, expect, it } from 'vitest';
import { createRandom, deriveSeed } from '../../../../src/lib/bench/random';

describe('createRandom', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('keeps int within both bounds and reaches each of them', () => {
    const random = createRandom(1);
    const values = new Set(Array.from({ length: 500 }, () => random.int(3, 6)));
    expect([...values].sort()).toEqual([3, 4, 5, 6]);
  });

  it('samples distinct items and never more than the list holds', () => {
    const random = createRandom(7);
    const picked = random.sample(['a', 'b', 'c', 'd', 'e'], 3);
    expect(new Set(picked).size).toBe(3);
    expect(random.sample(['a', 'b'], 5).sort()).toEqual(['a', 'b']);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => createRandom(1).pick([])).toThrow('at least one item');
  });
});

describe('deriveSeed', () => {
  it('gives each salt its own stable seed', () => {
    expect(deriveSeed(1, 2)).toBe(deriveSeed(1, 2));
    expect(new Set([0, 1, 2, 3].map((salt) => deriveSeed(1, salt))).size).toBe(4);
  });
});
