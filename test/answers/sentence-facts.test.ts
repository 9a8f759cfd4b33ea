import { describe, expect, it } from 'vitest';
import {
  asksItself,
  givesShare,
  lastMonthOf,
  opensWithName,
  opensWithPronoun,
  tellsPenalty,
  withoutComparedYears,
} from '../../src/answers/sentence-facts.ts';
import type { Hit } from '../../src/search/index.ts';

const hit = (snippet: string, date: string | null) => ({ snippet, date }) as unknown as Hit;

describe('what a sentence says of itself', () => {
  it('tells a sentence that asks from one that states', () => {
    expect(asksItself('JANUARY INFLATION: WHERE ARE PRICES RISING THE FASTEST?')).toBe(true);
    expect(asksItself('Prices rose 7.5% in January.')).toBe(false);
  });

  it('tells whom a sentence opens with: a name, a pronoun, or neither', () => {
    expect(opensWithName('Kering, which owns Gucci, has two shops in Russia.')).toBe(true);
    expect(opensWithName('The company has two shops in Russia.')).toBe(false);
    expect(opensWithPronoun('He and other investors were considering a bid.')).toBe(true);
    expect(opensWithPronoun('Helen said no.')).toBe(false);
  });

  it('finds a share and a penalty', () => {
    expect(givesShare('The EU gets roughly 40% of its gas from Russia.')).toBe(true);
    expect(givesShare('It plans to cut imports by two-thirds.')).toBe(true);
    expect(givesShare('It imports 3 million barrels a day.')).toBe(false);
    expect(tellsPenalty('The bank was ordered to pay $150 million in penalties.')).toBe(true);
    expect(tellsPenalty('Staff will be offered £36.5m in total.')).toBe(false);
  });

  it('reads "last month" from the article\'s date, across a year', () => {
    expect(lastMonthOf(hit('The fund rallied 7.5% last month.', '2022-05-02'))?.slice(0, 7)).toBe('2022-04');
    expect(lastMonthOf(hit('Sales fell last month.', '2022-01-10'))?.slice(0, 7)).toBe('2021-12');
    expect(lastMonthOf(hit('Sales fell in March.', '2022-05-02'))).toBeNull();
    expect(lastMonthOf(hit('Sales fell last month.', null))).toBeNull();
  });

  it('leaves out the years a sentence only compares with', () => {
    const sentence = 'Prices rose 7.5% in January, the fastest increase since February 1982.';
    expect(withoutComparedYears(sentence)).not.toContain('1982');
    expect(withoutComparedYears('Profit rose in 2021, more than in 2019.')).toContain('2021');
    expect(withoutComparedYears('Profit rose in 2021, more than in 2019.')).not.toContain('2019');
  });
});
