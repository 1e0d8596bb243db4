import { describe, expect, it } from 'vitest';
import { planAttempt } from '../../../../src/lib/quiz/plan-attempt';
import { createSeededRandom } from '../../../../src/lib/quiz/random';
import { everyType, match, multiple, order, single } from './fixtures';

describe('planAttempt', () => {
  it('keeps the choices in the author’s order when the quiz does not shuffle', () => {
    for (let seed = 0; seed < 20; seed++) {
      const plan = planAttempt([single, multiple], {}, createSeededRandom(String(seed)));
      expect(plan.map((planned) => planned.choiceOrder)).toEqual([
        [0, 1, 2],
        [0, 1, 2, 3],
      ]);
    }
  });

  it('shuffles the choices per attempt when the author sets shuffle', () => {
    const orders = new Set(Array.from({ length: 20 }, (_, seed) => planAttempt([multiple], { shuffle: true }, createSeededRandom(String(seed)))[0]!.choiceOrder.join()));
    expect(orders.size).toBeGreaterThan(1);
    for (const shown of orders) expect(shown.split(',').map(Number).sort()).toEqual([0, 1, 2, 3]);
  });

  it('never shows order items or match options in the right order, shuffle or not', () => {
    for (let seed = 0; seed < 100; seed++) {
      const [orderPlan, matchPlan] = planAttempt([order, match], {}, createSeededRandom(String(seed)));
      expect(orderPlan!.itemOrder).not.toEqual([0, 1, 2]);
      expect(orderPlan!.itemOrder.slice().sort()).toEqual([0, 1, 2]);
      expect(matchPlan!.optionOrder).not.toEqual([0, 1, 2]);
      expect(matchPlan!.optionOrder.slice().sort()).toEqual([0, 1, 2]);
    }
  });

  it('plans the same attempt for the same seed (the server-rendered first attempt)', () => {
    const first = planAttempt(everyType, { shuffle: true, draw: 4 }, createSeededRandom('check:x'));
    expect(planAttempt(everyType, { shuffle: true, draw: 4 }, createSeededRandom('check:x'))).toEqual(first);
  });

  it('draws the configured number of questions', () => {
    const plan = planAttempt(everyType, { draw: 3 }, createSeededRandom('draw'));
    expect(plan).toHaveLength(3);
    for (const planned of plan) expect(everyType).toContain(planned.question);
  });
});
