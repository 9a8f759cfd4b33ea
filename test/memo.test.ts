import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../src/memo.ts';
import { runSteps } from '../src/steps.ts';

describe('boundedMemo', () => {
  it('computes each key once while it is held, and forgets all at the limit', () => {
    const calls: string[] = [];
    const upper = boundedMemo(2, (s: string) => {
      calls.push(s);
      return s.toUpperCase();
    });
    expect([upper('a'), upper('a'), upper('b'), upper('a')]).toEqual(['A', 'A', 'B', 'A']);
    expect(calls).toEqual(['a', 'b']);
    upper('c'); // the third key: the memo starts over
    upper('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });

  it('keys by the function given, and remembers undefined answers too', () => {
    let calls = 0;
    const join = boundedMemo(
      10,
      (a: string, b: string): string | undefined => {
        calls++;
        return a === b ? undefined : a + b;
      },
      (a, b) => `${a}\0${b}`,
    );
    expect([join('x', 'y'), join('x', 'y'), join('y', 'x')]).toEqual(['xy', 'xy', 'yx']);
    expect([join('z', 'z'), join('z', 'z')]).toEqual([undefined, undefined]);
    expect(calls).toBe(3);
  });
});

describe('runSteps', () => {
  it('runs a stepped computation to its value', () => {
    function* count(): Generator<void, number, void> {
      let n = 0;
      for (let i = 0; i < 5; i++) {
        n += i;
        yield;
      }
      return n;
    }
    expect(runSteps(count())).toBe(10);
  });
});
