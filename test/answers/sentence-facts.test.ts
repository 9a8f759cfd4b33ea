import { describe, expect, it } from 'vitest';
import {
  asksItself,
  figuresIn,
  givesMove,
  givesShare,
  lastMonthOf,
  opensWithName,
  opensWithPronoun,
  saysUntold,
  tellsPenalty,
  toldAsEarlier,
  withoutComparedYears,
  yearsOf,
} from '../../src/answers/sentence-facts.ts';
import { type Hit, processTerm } from '../../src/search/index.ts';

const hit = (snippet: string, date: string | null) => ({ snippet, date }) as unknown as Hit;

describe('what a sentence says of itself', () => {
  it('tells a sentence that asks from one that states', () => {
    expect(asksItself('JANUARY INFLATION: WHERE ARE PRICES RISING THE FASTEST?')).toBe(true);
    expect(asksItself('Prices rose 7.5% in January.')).toBe(false);
  });

  it('tells whom a sentence opens with: a name, a pronoun, or neither', () => {
    expect(opensWithName('Kering, which owns Gucci, has two shops in Russia.')).toBe(true);
    expect(opensWithName('The company has two shops in Russia.')).toBe(false);
    // Words the small lexicon lacks but news writes in lower case open no name; a brand news capitalises does.
    expect(opensWithName('Defense spending will rise by 7.1% this year.')).toBe(false);
    expect(opensWithName('Investors sold the shares.')).toBe(false);
    expect(opensWithName('Tesla sold 900,000 cars.')).toBe(true);
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
    expect(withoutComparedYears('It will rise 7.1% this year, faster than the 6.8% increase in 2021.')).not.toContain(
      '2021',
    );
  });

  it('reads the years a sentence is about, "this year" and "last year" from its article\'s date', () => {
    expect(
      yearsOf(
        hit('Defense spending will rise by 7.1% this year, faster than the 6.8% increase in 2021.', '2022-03-05'),
      ),
    ).toEqual(['2022']);
    expect(yearsOf(hit('Sales fell last year and will recover next year.', '2022-01-10'))).toEqual(['2021', '2023']);
    expect(yearsOf(hit('Sales fell in 2019.', null))).toEqual(['2019']);
  });

  it('tells a clause that says what is asked is not known, and only that clause', () => {
    const content = ['cause', 'death'].map((w) => processTerm(w) as string);
    expect(saysUntold('The cause of death was not disclosed.', content)).toBe(true);
    // Left to another to find out: not known yet.
    expect(saysUntold('The cause of death will be determined by the medical examiner.', content)).toBe(true);
    expect(saysUntold('The cause of death is still under investigation.', content)).toBe(true);
    expect(saysUntold('The cause of death was a heart attack, the examiner determined.', content)).toBe(false);
    expect(saysUntold('Police took the fans away, adding that "the fate of the others is unknown."', content)).toBe(
      false,
    );
  });

  it('tells a move of a price from a sum', () => {
    expect(givesMove('Shares fell 4.2% on Monday.')).toBe(true);
    expect(givesMove('The stock closed down to $12.40.')).toBe(true);
    expect(givesMove('It is suing for $480,000, saying the video hurt its shares.')).toBe(false);
  });

  it('tells words said before: "previously", or a year before the article', () => {
    const hit = { date: '2022-01-05' } as Hit;
    expect(toldAsEarlier(hit, 'He previously called bitcoin garbage.')).toBe(true);
    expect(toldAsEarlier(hit, '"It is worthless," he told a radio show in May 2019.')).toBe(true);
    expect(toldAsEarlier(hit, '"It is the future," he said on Monday.')).toBe(false);
  });

  it('reads the figures a text writes with their unit, the same however written', () => {
    expect(figuresIn('i keep seeing 7.3% and 7.5 percent, or 1 cent')).toEqual(['7.3%', '7.5%', '1c']);
    expect(figuresIn('in 2022, on day 14')).toEqual([]);
  });
});
