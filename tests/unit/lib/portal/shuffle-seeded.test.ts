import { describe, expect, it } from 'vitest';
import { shuffleSeeded } from '../../../../src/lib/portal/shuffle-seeded';

const items = (length: number) => Array.from({ length }, (_, index) => `item-${index}`);

describe('shuffleSeeded', () => {
  it('gives the same order for the same seed', () => {
    expect(shuffleSeeded(items(8), 'question-1')).toEqual(shuffleSeeded(items(8), 'question-1'));
  });

  it('gives different orders for different seeds', () => {
    const orders = new Set(
      ['a', 'b', 'c', 'd', 'e'].map((seed) => shuffleSeeded(items(8), seed).join()),
    );
    expect(orders.size).toBeGreaterThan(1);
  });

  it('returns a permutation of the items and leaves the input alone', () => {
    const input = items(7);
    const shuffled = shuffleSeeded(input, 'seed');
    expect(shuffled).not.toBe(input);
    expect([...shuffled].sort()).toEqual([...input].sort());
    expect(input).toEqual(items(7));
  });

  it('never returns the original order for two or more items', () => {
    for (let length = 2; length <= 6; length++) {
      for (let seed = 0; seed < 300; seed++) {
        expect(
          shuffleSeeded(items(length), `seed-${seed}`),
          `${length} items, seed-${seed}`,
        ).not.toEqual(items(length));
      }
    }
  });

  it('returns empty and single-item lists as they are', () => {
    expect(shuffleSeeded([], 'x')).toEqual([]);
    expect(shuffleSeeded(['only'], 'x')).toEqual(['only']);
  });
});
