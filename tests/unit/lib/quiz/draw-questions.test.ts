import { describe, expect, it } from 'vitest';
import { drawQuestions } from '../../../../src/lib/quiz/draw-questions';
import { createSeededRandom } from '../../../../src/lib/quiz/random';

const pool = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7'];

describe('drawQuestions', () => {
  it('draws the configured number of distinct questions from the pool, in the pool order', () => {
    for (let seed = 0; seed < 50; seed++) {
      const drawn = drawQuestions(pool, 5, createSeededRandom(String(seed)));
      expect(drawn).toHaveLength(5);
      expect(new Set(drawn).size).toBe(5);
      expect(drawn).toEqual(pool.filter((question) => drawn.includes(question)));
    }
  });

  it('draws different sets on different attempts', () => {
    const draws = new Set(Array.from({ length: 30 }, (_, seed) => drawQuestions(pool, 5, createSeededRandom(`attempt ${seed}`)).join()));
    expect(draws.size).toBeGreaterThan(5);
  });

  it('gives every question of the pool a chance', () => {
    const seen = new Set(Array.from({ length: 50 }, (_, seed) => drawQuestions(pool, 1, createSeededRandom(String(seed)))[0]));
    expect([...seen].sort()).toEqual(pool);
  });

  it('takes the whole pool when no number is set or the number is not smaller than the pool', () => {
    expect(drawQuestions(pool, undefined, Math.random)).toEqual(pool);
    expect(drawQuestions(pool, 7, Math.random)).toEqual(pool);
    expect(drawQuestions(pool, 12, Math.random)).toEqual(pool);
  });

  it('returns a copy, never the pool itself', () => {
    expect(drawQuestions(pool, undefined, Math.random)).not.toBe(pool);
  });
});
