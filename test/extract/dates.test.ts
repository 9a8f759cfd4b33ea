import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveWeekday, weekOf } from '../../src/extract/dates/calendar.ts';
import { datesInSentence, extractDates } from '../../src/extract/dates/dates.ts';
import { sentencesOf } from '../../src/extract/language/sentences.ts';
import { tenseAt } from '../../src/extract/language/tense.ts';
import { articleOf } from './events-fixture.ts';

/** Dates of a one-paragraph article dated `date` (a Thursday by default), keyed by their verbatim phrase. */
function datesOf(text: string, date: string | null = '2022-02-10') {
  const article = articleOf('a', date, [text]);
  return extractDates(article, sentencesOf(article.id, article.paragraphs));
}

function one(text: string, date: string | null = '2022-02-10') {
  const found = datesOf(text, date);
  expect(found).toHaveLength(1);
  return found[0];
}

describe('extractDates', () => {
  it('resolves a bare weekday that is the article day to that day', () => {
    expect(one('The drills began Thursday.')).toMatchObject({ text: 'Thursday', date: '2022-02-10', tense: 'past' });
  });

  it('resolves "last Thursday" to the week before', () => {
    expect(one('The minister said last Thursday that talks would resume.')).toMatchObject({
      text: 'last Thursday',
      date: '2022-02-03',
      tense: 'past',
    });
  });

  it('resolves a month and day without a year to the article year, in the future by "will"', () => {
    expect(one('The exercise will end February 20.')).toMatchObject({
      text: 'February 20',
      date: '2022-02-20',
      endDate: null,
      tense: 'future',
    });
  });

  it('reads "between February 14 and 19" as a range', () => {
    expect(one('Naval drills are scheduled to take place between February 14 and 19.')).toMatchObject({
      text: 'between February 14 and 19',
      date: '2022-02-14',
      endDate: '2022-02-19',
      tense: 'future',
    });
  });

  it('reads a range across a month end and one with full dates', () => {
    expect(one('Flights stop from March 28 to 2.')).toMatchObject({ date: '2022-03-28', endDate: '2022-04-02' });
    expect(one('The games run from 3 March to 5 April 2023.', null)).toMatchObject({
      date: '2023-03-03',
      endDate: '2023-04-05',
    });
  });

  it('uses the tense to pick which weekday a bare weekday means', () => {
    expect(one('Satellite images, taken Saturday, showed new camps.')).toMatchObject({ date: '2022-02-05' });
    expect(one('Ministers will meet Saturday in Vienna.')).toMatchObject({ date: '2022-02-12', tense: 'future' });
    expect(one('Warships arrived in port on Wednesday night.')).toMatchObject({
      text: 'Wednesday night',
      date: '2022-02-09',
    });
  });

  it('reads "this week" and "last week" as Monday-to-Sunday ranges', () => {
    expect(one('The minister said this week that he saw no strike groups.')).toMatchObject({
      text: 'this week',
      date: '2022-02-07',
      endDate: '2022-02-13',
    });
    expect(one('Last week, the airline stopped flights.')).toMatchObject({ date: '2022-01-31', endDate: '2022-02-06' });
  });

  it('reads "the next 10 days" as a span from the article date', () => {
    expect(one('Russia will hold exercises over the next 10 days.')).toMatchObject({
      date: '2022-02-10',
      endDate: '2022-02-20',
      tense: 'future',
    });
  });

  it('leaves relative dates unresolved in an undated article', () => {
    const found = datesOf('The drills began Thursday and the minister spoke this week.', null);
    expect(found.map((d) => [d.text, d.date, d.endDate])).toEqual([
      ['Thursday', null, null],
      ['this week', null, null],
    ]);
  });

  it('leaves a month and day unresolved in an undated article unless the year is given', () => {
    expect(one('The exercises are scheduled to end on February 20.', null)).toMatchObject({ date: null });
    expect(one('The exercises are scheduled to end on February 20, 2022.', null)).toMatchObject({
      date: '2022-02-20',
    });
  });

  it('does not take years, years inside names, clock-less casual words or times for dates', () => {
    expect(datesOf('The drills, called "Allied Resolve-2022", echo talks held since 2014.')).toEqual([]);
    expect(datesOf('The situation is much more tense now, in the weeks before the talks.')).toEqual([]);
  });

  it('keeps each mention verbatim with its sentence as context', () => {
    const text = 'The drills began Thursday. They will end February 20.';
    const found = datesOf(text);
    expect(found.map((d) => d.context)).toEqual(['The drills began Thursday.', 'They will end February 20.']);
    for (const d of found) expect(d.context).toContain(d.text);
  });

  it('returns nothing for an empty article', () => {
    expect(extractDates(articleOf('e', '2022-02-10', []), [])).toEqual([]);
  });
});

describe('datesInSentence', () => {
  it('gives offsets into the sentence', () => {
    const text = 'They met on Monday.';
    const [d] = datesInSentence(text, '2022-02-10');
    expect(d && text.slice(d.start, d.end)).toBe('Monday');
  });
});

describe('tenseAt', () => {
  it('takes the tense from the verb that governs the phrase', () => {
    const s = 'The drills began in Belarus and will end February 20, the ministry announced Thursday.';
    expect(tenseAt(s, s.indexOf('February'))).toBe('future');
    expect(tenseAt(s, s.indexOf('Thursday'))).toBe('past');
  });

  it('looks after the phrase when it opens the sentence', () => {
    const s = 'On Thursday, the ministry said the talks had failed.';
    expect(tenseAt(s, 3)).toBe('past');
  });

  it('returns null for a sentence without verbs', () => {
    expect(tenseAt('Thursday.', 0)).toBeNull();
  });
});

describe('calendar helpers', () => {
  it('resolves weekdays by tense, nearest when the tense is unknown', () => {
    expect(resolveWeekday('2022-02-10', 6, 'past')).toBe('2022-02-05');
    expect(resolveWeekday('2022-02-10', 6, 'future')).toBe('2022-02-12');
    expect(resolveWeekday('2022-02-10', 6, null)).toBe('2022-02-12');
    expect(resolveWeekday('2022-02-10', 4, 'future')).toBe('2022-02-10');
  });

  it('gives ISO weeks from Monday to Sunday', () => {
    expect(weekOf('2022-02-13')).toEqual(['2022-02-07', '2022-02-13']);
    expect(weekOf('2022-02-14')).toEqual(['2022-02-14', '2022-02-20']);
  });
});

describe('extractDates on arbitrary text', () => {
  const WORDS = [
    'Thursday',
    'last',
    'next',
    'this week',
    'between',
    'February 14',
    'and',
    '19',
    '39',
    '0',
    'from',
    'to',
    'March 2022',
    'since 2014',
    'will',
    'said',
    'began',
    'Resolve-2022',
    'the next 10 days',
    'now',
    '.',
    ',',
    'on',
    'night',
  ];
  const sentence = fc.array(fc.constantFrom(...WORDS), { maxLength: 25 }).map((w) => w.join(' '));

  it('never throws; phrases are verbatim, dates ISO, ranges ordered, undated relative dates null', () => {
    fc.assert(
      fc.property(sentence, fc.option(fc.constant('2022-02-10')), (text, date) => {
        for (const d of datesOf(text, date)) {
          expect(d.context).toContain(d.text);
          for (const iso of [d.date, d.endDate]) if (iso !== null) expect(iso).toMatch(/^\d{4}-\d\d-\d\d$/);
          if (d.date && d.endDate) expect(d.endDate >= d.date).toBe(true);
          if (date === null && !/\d{4}/.test(d.text)) expect(d.date).toBeNull();
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('extractDates two-digit years', () => {
  it('does not read a stray number after a date as a year', () => {
    expect(datesOf('They met on February 14 14 times.', null).filter((d) => d.date !== null)).toEqual([]);
  });
});

describe('extractDates impossible ranges', () => {
  it('keeps the start of a range whose end day does not exist', () => {
    expect(one('Drills run between February 14 and 39.')).toMatchObject({ date: '2022-02-14', endDate: null });
    expect(one('Drills run between February 27 and 0.')).toMatchObject({ date: '2022-02-27', endDate: null });
  });
});
