import { describe, expect, it } from 'vitest';
import { sortInSteps } from '../../src/answers/context.ts';

/** Runs a generator to its end, counting its yields. */
function run<T>(steps: Generator<void, T, void>): { value: T; yields: number } {
  let yields = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value, yields };
    yields++;
  }
}

describe('sortInSteps', () => {
  // Many ties on the key, so a sort that is not stable would order the tied items differently.
  const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };

  it('orders a long list exactly as Array.sort does, ties kept in their order, yielding between steps', () => {
    const items = Array.from({ length: 100_000 }, (_, i) => ({ key: Math.floor(random() * 500), i }));
    const { value, yields } = run(sortInSteps(items, byKey));
    expect(value).toEqual([...items].sort(byKey));
    expect(yields).toBeGreaterThan(10);
    expect(items[0]?.i).toBe(0); // the input list is left as it was
  });

  it('sorts short and empty lists, and lists just past one step', () => {
    for (const length of [0, 1, 2, 16_384, 16_385, 40_000]) {
      const items = Array.from({ length }, (_, i) => ({ key: Math.floor(random() * 50), i }));
      expect(run(sortInSteps(items, byKey)).value).toEqual([...items].sort(byKey));
    }
  });
});
