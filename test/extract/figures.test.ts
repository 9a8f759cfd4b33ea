import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figuresIn, onlyFigure } from './figures-helpers.ts';

const pick = (text: string) => {
  const f = onlyFigure(text);
  return { text: f.text, low: f.low, high: f.high, unit: f.unit, hedge: f.hedge };
};

describe('extractFigures: bounds and hedges', () => {
  it.each([
    ['The army has over 120,000 soldiers in the region.', 'over 120,000 soldiers', 120000, null, 'soldiers', 'over'],
    [
      'Between 3,000 and 5,000 protesters marched.',
      'Between 3,000 and 5,000 protesters',
      3000,
      5000,
      'protesters',
      null,
    ],
    ['Officials counted 8,000 to 14,000 troops.', '8,000 to 14,000 troops', 8000, 14000, 'troops', null],
    ['There were at least 14 armoured columns.', 'at least 14 armoured columns', 14, null, 'columns', 'at least'],
    ['The plant employs up to 2,500 workers.', 'up to 2,500 workers', null, 2500, 'workers', 'up to'],
    ['The convoy drove nearly 900 miles.', 'nearly 900 miles', null, 900, 'miles', 'nearly'],
    ['The city is about 40 miles away.', 'about 40 miles', 40, 40, 'miles', 'about'],
    ['Turnout reached 64%.', '64%', 64, 64, 'percent', null],
    ['Turnout reached 64 per cent.', '64 per cent', 64, 64, 'percent', null],
    ['The port owes $170m to its lenders.', '$170m', 170_000_000, 170_000_000, 'USD', null],
    ['The fund holds £2.5bn in bonds.', '£2.5bn', 2_500_000_000, 2_500_000_000, 'GBP', null],
    ['The village lies 46km north.', '46km', 46, 46, 'km', null],
    ['Only a few thousand residents stayed.', 'a few thousand residents', 2000, 9000, 'residents', 'few'],
    ['Police detained a few dozen activists.', 'a few dozen activists', 24, 108, 'activists', 'few'],
    ['They walked hundreds of miles to safety.', 'hundreds of miles', 200, 900, 'miles', null],
    ['Thousands of small firms have closed.', 'Thousands of small firms', 2000, 9000, 'firms', null],
    ['Tens of thousands of people rallied.', 'Tens of thousands of people', 20000, 90000, 'people', null],
    ['Seven Turkish frigates sailed in.', 'Seven Turkish frigates', 7, 7, 'frigates', null],
    ['She has two daughters.', 'two daughters', 2, 2, 'daughters', null],
    ['The ministry hired twenty-five inspectors.', 'twenty-five inspectors', 25, 25, 'inspectors', null],
    ['The storm destroyed two hundred and fifty homes.', 'two hundred and fifty homes', 250, 250, 'homes', null],
    ['The state will spend 3 million dollars.', '3 million dollars', 3_000_000, 3_000_000, 'USD', null],
    ['Some 4,000 volunteers signed up.', 'Some 4,000 volunteers', 4000, 4000, 'volunteers', 'some'],
    ['More than 600 flights were cancelled.', 'More than 600 flights', 600, null, 'flights', 'more than'],
    ['He won the 100m race.', '100m', 100, 100, 'metres', null],
    ['Some 1.5m people have fled.', 'Some 1.5m people', 1_500_000, 1_500_000, 'people', 'some'],
    ['The army sent 3,000 more troops.', '3,000 more troops', 3000, 3000, 'troops', null],
    ['One million people signed.', 'One million people', 1_000_000, 1_000_000, 'people', null],
    ['Half a million people lost power.', 'Half a million people', 500_000, 500_000, 'people', null],
    ['Rates rose 0.25 percentage points.', '0.25 percentage points', 0.25, 0.25, 'percentage points', null],
    ['A 100,000-strong army massed.', '100,000-strong army', 100_000, 100_000, 'troops', null],
    ['The app has 100+ engineers.', '100+ engineers', 100, null, 'engineers', '+'],
    ['It seized 20,000 square kilometres.', '20,000 square kilometres', 20_000, 20_000, 'square km', null],
    [
      'It hopes to build two to three million homes.',
      'two to three million homes',
      2_000_000,
      3_000_000,
      'homes',
      null,
    ],
  ])('%s', (sentence, text, low, high, unit, hedge) => {
    expect(pick(sentence)).toEqual({ text, low, high, unit, hedge });
  });
});

describe('extractFigures: units', () => {
  it('takes the head noun after adjectives and names', () => {
    expect(onlyFigure('Moscow sent 30,000 combat troops.').unit).toBe('troops');
    expect(onlyFigure('Nine Danish fishing boats were seized.').unit).toBe('boats');
  });

  it('keeps the capitals of acronym plurals', () => {
    expect(onlyFigure('Allies sent 4,000 NLAWs.').unit).toBe('NLAWs');
  });

  it('keeps multi-word military units whole', () => {
    expect(onlyFigure('Analysts count 20 Russian battalion tactical groups.').unit).toBe('battalion tactical groups');
  });

  it('keeps a coordinated second noun without its own number', () => {
    expect(onlyFigure('All 150 passengers and crew survived.').unit).toBe('passengers and crew');
    expect(figuresIn('It has 300 shops and 9,000 staff.').map((f) => f.unit)).toEqual(['shops', 'staff']);
  });

  it('reads -men compounds as plurals', () => {
    expect(onlyFigure('Around 2,000 Russian servicemen were captured.').unit).toBe('servicemen');
  });

  it('never takes a noun of time as the unit of an elliptical number', () => {
    expect(figuresIn('In the past 24 hours, around 2,000 have fled.')).toEqual([]);
  });

  it('counts peoples named by their demonym as people', () => {
    expect(onlyFigure('Hundreds of Georgians queued at the border.').unit).toBe('people');
  });

  it('gives an elliptical number the unit of the last count in its paragraph', () => {
    const found = figuresIn('Scouts report 2,000 to 3,000 troops there. Others say up to 9,000 could join.');
    expect(found.map((f) => [f.text, f.unit])).toEqual([
      ['2,000 to 3,000 troops', 'troops'],
      ['up to 9,000', 'troops'],
    ]);
  });

  it('otherwise takes the nearest plural noun before it, as a canonical unit', () => {
    expect(onlyFigure('The minister doubted they had enough soldiers, guessing only a few hundred.').unit).toBe(
      'troops',
    );
  });

  it('counts the members of a collective noun just before a bare number', () => {
    expect(figuresIn('The death toll from the floods rose to 35.').map((f) => [f.text, f.unit])).toEqual([
      ['35', 'deaths'],
    ]);
    expect(figuresIn('A crowd of 45,000 watched.').map((f) => [f.text, f.unit])).toEqual([['45,000', 'people']]);
  });

  it('reads "five of nine members" as members', () => {
    expect(figuresIn('Five of nine members agreed.').map((f) => [f.text, f.unit])).toEqual([
      ['Five of nine members', 'members'],
      ['nine members', 'members'],
    ]);
  });

  it('counts the people of a place named right before "of"', () => {
    expect(figuresIn('Kharkiv, a city of 430,000, lost power.').map((f) => [f.text, f.unit])).toEqual([
      ['430,000', 'people'],
    ]);
  });

  it('lets a bare number continue the previous paragraph’s count', () => {
    const found = figuresIn('More than 2 million people have left.', 'Poland took in about 1.2 million of them.');
    expect(found.map((f) => [f.text, f.unit])).toEqual([
      ['More than 2 million people', 'people'],
      ['about 1.2 million', 'people'],
    ]);
  });

  it('drops a bare number with nothing to count', () => {
    expect(figuresIn('The score was 3 in the end.')).toEqual([]);
  });
});

describe('extractFigures: not figures', () => {
  it.each([
    ['dates', 'The talks will end February 20 and resume on 3 March.'],
    ['date ranges', 'Drills are planned between February 14 and 19.'],
    ['full dates', 'The photo was taken on Monday Feb. 28, 2022, in London.'],
    ['years', 'The war began in 2014 and the deal was signed in 2015.'],
    ['years as modifiers', 'The 2019 election results and Ukraine’s 2014 street protests still matter.'],
    ['decades', 'Tensions have grown since the 1990s.'],
    ['clock times', 'The meeting starts at 10:30 and ends by 5pm.'],
    ['ages', 'A 38-year-old teacher spoke. Ivan Petrov, 33, agreed. She is 60 years old. He was aged 41.'],
    ['durations', 'The drills last 10 days. Talks could take two weeks. It has been eight years.'],
    ['compound modifiers', 'The 10-day drills began. It was a four-way conversation.'],
    ['ordinals', 'It is the 20th round and the second city.'],
    ['identifiers glued to names', 'They fly SU-35 jets and S-400 systems near flight MH17 and Covid-19 wards.'],
    ['numbers inside names', 'The exercise, Northern Shield 2023, involves the JSC 558 plant and Nord Stream 2.'],
    ['one of', 'It is one of the largest firms. One of them left. Each sent at least one ship.'],
    ['ages as bounds', 'Children under 12 and those over 65 were evacuated.'],
    ['year ranges', 'Between 2014 and 2021, the front barely moved.'],
    ['"one" that counts nothing', 'One of them left. It is one of the biggest ports. One thing is clear.'],
    ['phone numbers and codes', 'Call 0800 123 456 for help, or 020 7946 0018.'],
    ['multipliers', 'The new dam is three times as large.'],
    ['years as modifiers without a determiner', 'Sales lagged behind 2019 levels from 2000 onwards.'],
    ['street addresses', 'Crews reached 333 East 181st Street, then 10 Downing Street and 1600 Pennsylvania Ave.'],
  ])('%s', (_label, text) => {
    expect(figuresIn(text).map((f) => f.text)).toEqual([]);
  });
});

describe('extractFigures: offsets and citation', () => {
  it('keeps the verbatim phrase at its paragraph offsets and the sentence as context', () => {
    const para = 'Rain fell. Crews rescued 42 people from the flood.';
    const [f] = figuresIn(para);
    expect(f?.text).toBe('42 people');
    expect(para.slice(f?.start, f?.end)).toBe('42 people');
    expect(f?.context).toBe('Crews rescued 42 people from the flood.');
    expect(f?.paragraph).toBe(1);
  });

  it('finds two figures of a conversion and of a list', () => {
    expect(figuresIn('The town is just 26 miles (42km) from the front.').map((f) => [f.text, f.unit])).toEqual([
      ['26 miles', 'miles'],
      ['42km', 'km'],
    ]);
  });

  it('returns nothing for empty or number-free text', () => {
    expect(figuresIn('')).toEqual([]);
    expect(figuresIn('No numbers here at all.')).toEqual([]);
  });
});

describe('extractFigures: any input', () => {
  const newsy = fc.oneof(
    fc.string(),
    fc
      .array(
        fc.constantFrom(
          'over',
          'up to',
          'about',
          '1,200',
          '3',
          'six',
          'a few',
          'thousand',
          'hundreds of',
          'troops',
          'miles',
          '%',
          '$',
          '5m',
          'February',
          '2022',
          '-',
          'to',
          ',',
          '.',
          '“',
          '”',
          'said',
          'according to',
          'Reuters',
          'in',
          'Belarus',
          'the',
          'border',
        ),
        { maxLength: 40 },
      )
      .map((words) => words.join(' ')),
  );

  it('never throws, cites verbatim slices and keeps ordered bounds', () => {
    fc.assert(
      fc.property(fc.array(newsy, { minLength: 1, maxLength: 3 }), (paragraphs) => {
        for (const f of figuresIn(...paragraphs)) {
          const text = paragraphs[f.paragraph - 1] ?? '';
          expect(text.slice(f.start, f.end)).toBe(f.text);
          expect(f.low !== null || f.high !== null).toBe(true);
          if (f.low !== null && f.high !== null) expect(f.low).toBeLessThanOrEqual(f.high);
          expect(f.unit).not.toBeNull();
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('extractFigures: counts written in words, shares and approximations', () => {
  it('reads the half of a period or a match as time, not a share', () => {
    expect(figuresIn('Sales should recover in the second half of next year.')).toEqual([]);
    expect(figuresIn('The rule applies from the first half of 2023.')).toEqual([]);
    expect(figuresIn('Half of the staff left.').map((f) => f.high)).toEqual([50]);
  });

  it.each([
    ['The strike left one sailor injured.', 'one sailor', 1, 1, 'sailors', null],
    ['One of the mayor’s brothers moved away.', 'One', 1, 1, 'brothers', null],
    ['The two firms have clashed before.', 'two firms', 2, 2, 'firms', null],
    ['All 15 of the ferries stayed in port.', '15 of the ferries', 15, 15, 'ferries', null],
    ['The bank may raise rates three or four times this year.', 'three or four times', 3, 4, 'times', null],
    ['A half dozen or so boats were seen.', 'A half dozen or so boats', 6, 6, 'boats', 'or so'],
    ['Almost half of the shops closed.', 'Almost half', null, 50, 'percent', 'almost'],
    ['Nearly two-thirds of voters agreed.', 'Nearly two-thirds', null, 66.67, 'percent', 'nearly'],
    ['A third of the fleet is idle.', 'A third', 33.33, 33.33, 'percent', null],
    [
      'The deal covers a little bit more than 70 farms.',
      'a little bit more than 70 farms',
      70,
      null,
      'farms',
      'a little bit more than',
    ],
    ['The shells landed as close as 30 miles away.', 'as close as 30 miles', null, 30, 'miles', 'as close as'],
    ['The 764-mile pipeline is idle.', '764-mile', 764, 764, 'miles', null],
    ['Gas cost 50p a therm last year.', '50p', 50, 50, 'pence', null],
    ['The cuts threaten the savings of millions.', 'millions', 2_000_000, 9_000_000, 'people', null],
    ['The account has over 15,000 followers.', 'over 15,000 followers', 15000, null, 'followers', 'over'],
    ['She is survived by four grandchildren.', 'four grandchildren', 4, 4, 'grandchildren', null],
    ['Staff at P&O said 800 P&O staff were sacked.', '800 P&O staff', 800, 800, 'staff', null],
    ['The index (IDX, -1.10%) slipped.', '-1.10%', -1.1, -1.1, 'percent', null],
    [
      'It raised rates by a quarter-percentage-point.',
      'quarter-percentage-point',
      0.25,
      0.25,
      'percentage points',
      null,
    ],
    ['A 50-basis-point rise is possible.', '50-basis-point', 50, 50, 'basis points', null],
    ['Markets expect six 25-basis-point increases.', 'six 25-basis-point increases', 6, 6, 'increases', null],
    ['The nurse took a few drops of blood.', 'a few drops', 2, 9, 'drops', 'few'],
    ['The award was worth $65.6 million.', '$65.6 million', 65_600_000, 65_600_000, 'USD', null],
  ])('%s', (sentence, text, low, high, unit, hedge) => {
    const found = figuresIn(sentence).find((f) => f.text.startsWith(text as string));
    expect(
      found && {
        text: found.text.slice(0, (text as string).length),
        low: found.low,
        high: found.high,
        unit: found.unit,
        hedge: found.hedge,
      },
    ).toEqual({ text, low, high, unit, hedge });
  });

  it('takes the unit from the noun a number counts, not a neighbouring noun', () => {
    const [f] = figuresIn('Medics treated 12 wounded soldiers in basements.');
    expect(f).toMatchObject({ text: '12 wounded soldiers', unit: 'soldiers' });
  });
});
