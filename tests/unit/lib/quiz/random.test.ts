import { describe, expect, it } from 'vitest';
import { createSeededRandom, shuffleWith } from '../../../../src/lib/quiz/random';
import { sequence } from './fixtures';

describe('createSeededRandom', () => {
  it('gives the same numbers for the same seed, so server and browser render the same first attempt', () => {
    const a = createSeededRandom('lesson:write-alt-text');
    const b = createSeededRandom('lesson:write-alt-text');
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    for (const value of first) expect(value >= 0 && value < 1).toBe(true);
  });

  it('gives other numbers for another seed', () => {
    expect(createSeededRandom('a')()).not.toBe(createSeededRandom('b')());
  });
});

describe('shuffleWith', () => {
  it('returns a permutation and leaves the input untouched', () => {
    const items = [1, 2, 3, 4, 5];
    const shuffled = shuffleWith(items, createSeededRandom('x'));
    expect(items).toEqual([1, 2, 3, 4, 5]);
    expect(shuffled.slice().sort()).toEqual(items);
  });

  it('can keep the original order unless told not to', () => {
    // Always picking the last index is the identity for Fisher–Yates.
    const keep = sequence(0.999);
    expect(shuffleWith(['a', 'b', 'c'], keep)).toEqual(['a', 'b', 'c']);
    expect(shuffleWith(['a', 'b', 'c'], sequence(0.999), { notInOrder: true })).toEqual(['b', 'c', 'a']);
  });

  it('never shows two or more items in their original order when told not to, whatever the generator', () => {
    for (let seed = 0; seed < 200; seed++) {
      const items = ['a', 'b', 'c'].slice(0, 2 + (seed % 2));
      expect(shuffleWith(items, createSeededRandom(String(seed)), { notInOrder: true })).not.toEqual(items);
    }
  });

  it('leaves a single item alone', () => {
    expect(shuffleWith(['only'], Math.random, { notInOrder: true })).toEqual(['only']);
  });
});
