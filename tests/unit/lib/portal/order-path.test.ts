import { describe, expect, it } from 'vitest';
import { compareCodes, orderPath } from '../../../../src/lib/portal/order-path';

const lesson = (id: string, title: string, order?: number) => ({ id, data: { title, order } });

describe('orderPath', () => {
  it('puts lower order first, lessons without order last, ties by title then id', () => {
    const lessons = [
      lesson('e', 'Echo'),
      lesson('b', 'Bravo', 2),
      lesson('d', 'Delta'),
      lesson('a', 'Zulu', 1),
      lesson('c2', 'Same', 3),
      lesson('c1', 'Same', 3),
    ];
    expect(orderPath(lessons).map((entry) => entry.id)).toEqual(['a', 'b', 'c1', 'c2', 'd', 'e']);
  });

  it('returns a new list and leaves its input alone', () => {
    const lessons = [lesson('b', 'B', 2), lesson('a', 'A', 1)];
    expect(orderPath(lessons)).not.toBe(lessons);
    expect(lessons.map((entry) => entry.id)).toEqual(['b', 'a']);
  });
});

describe('compareCodes', () => {
  it('sorts 1.2 before 1.10 and 1.9 before 1.10', () => {
    expect(['1.10', '2', '1.2', '1.9', '1'].sort(compareCodes)).toEqual([
      '1',
      '1.2',
      '1.9',
      '1.10',
      '2',
    ]);
  });

  it('puts competencies without a code last', () => {
    expect([undefined, '1.1', undefined, '0.5'].sort(compareCodes)).toEqual([
      '0.5',
      '1.1',
      undefined,
      undefined,
    ]);
  });
});
