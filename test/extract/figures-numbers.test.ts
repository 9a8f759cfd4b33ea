import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/figures/quantities.ts';
import { tokenize } from '../../src/extract/figures/tokens.ts';
import { isCountUnit } from '../../src/extract/figures/units.ts';
import { numberWordValue } from '../../src/extract/language/number-words.ts';

const quantities = (text: string) => findQuantities(tokenize(text));

describe('findQuantities', () => {
  it('parses any formatted integer back to itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
        const [q] = quantities(`They counted ${n.toLocaleString('en-US')} ballots.`);
        expect(q?.low).toBe(n);
        expect(q?.high).toBe(n);
      }),
    );
  });

  it('parses any decimal with a scale', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 9 }), (whole, tenth) => {
        const [q] = quantities(`It costs $${whole}.${tenth}bn in total.`);
        expect(q?.low).toBeCloseTo((whole + tenth / 10) * 1e9, 0);
        expect(q?.currency).toBe('USD');
      }),
    );
  });

  it('keeps an ordered range and drops a reversed one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000 }), fc.integer({ min: 1, max: 50_000 }), (a, b) => {
        const [q] = quantities(`${a.toLocaleString('en-US')} to ${b.toLocaleString('en-US')} troops`);
        if (a < b) expect([q?.low, q?.high]).toEqual([a, b]);
        else expect([q?.low, q?.high]).toEqual([a, a]);
      }),
    );
  });

  it('opens the bound a hedge leaves open', () => {
    const hedges: Array<[string, 'low' | 'high' | 'point']> = [
      ['over', 'low'],
      ['more than', 'low'],
      ['at least', 'low'],
      ['up to', 'high'],
      ['nearly', 'high'],
      ['fewer than', 'high'],
      ['about', 'point'],
      ['roughly', 'point'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...hedges), fc.integer({ min: 2, max: 1_000_000 }), ([hedge, effect], n) => {
        const [q] = quantities(`There were ${hedge} ${n.toLocaleString('en-US')} people.`);
        expect(q?.hedge).toBe(hedge);
        expect(q?.low).toBe(effect === 'high' ? null : n);
        expect(q?.high).toBe(effect === 'low' ? null : n);
      }),
    );
  });

  it('reads "no more than" as an upper bound, not as "more than"', () => {
    const [q] = quantities('no more than 40 boats');
    expect([q?.hedge, q?.low, q?.high]).toEqual(['no more than', null, 40]);
  });

  it('gives vague scales two to nine of the scale', () => {
    expect(quantities('hundreds of homes').map((q) => [q.low, q.high])).toEqual([[200, 900]]);
    expect(quantities('several thousand homes').map((q) => [q.low, q.high, q.hedge])).toEqual([
      [2000, 9000, 'several'],
    ]);
    expect(quantities('dozens of homes').map((q) => [q.low, q.high])).toEqual([[24, 108]]);
    expect(quantities('hundreds of thousands of homes').map((q) => [q.low, q.high])).toEqual([[200_000, 900_000]]);
  });

  it('ignores "a few" with nothing counted, "too few", and plain words', () => {
    expect(quantities('a few and a lot of noise, but too few boats')).toEqual([]);
  });

  it('skips blocked tokens', () => {
    const tokens = tokenize('on March 3 and 500 homes');
    expect(findQuantities(tokens, (i) => tokens[i]?.text === '3').map((q) => q.low)).toEqual([500]);
  });
});

describe('numberWordValue', () => {
  it('reads units, tens and hyphenated compounds, and nothing else', () => {
    expect(numberWordValue('Six')).toBe(6);
    expect(numberWordValue('ninety-nine')).toBe(99);
    expect(numberWordValue('four-way')).toBeUndefined();
    expect(numberWordValue('twenty-ten')).toBeUndefined();
    expect(numberWordValue('second')).toBeUndefined();
  });
});

describe('isCountUnit', () => {
  it('tells counts from shares, measures and money', () => {
    expect(isCountUnit('troops')).toBe(true);
    expect(isCountUnit('passengers and crew')).toBe(true);
    expect(['percent', 'miles', 'km', 'USD', 'GBP'].some(isCountUnit)).toBe(false);
  });
});
