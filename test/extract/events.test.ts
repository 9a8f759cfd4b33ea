import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/extract/dates/dates.ts';
import { extractEvents } from '../../src/extract/events/events.ts';
import { sentencesOf } from '../../src/extract/language/sentences.ts';
import type { EventAspect, EventFact, Quote } from '../../src/extract/types.ts';
import { articleOf } from './events-fixture.ts';

/** Event facts of an article made of `paragraphs`, dated `date` (2022-02-10, a Thursday, by default). */
function eventsOf(paragraphs: readonly string[], date: string | null = '2022-02-10', quotes: Quote[] = []) {
  const article = articleOf('t', date, paragraphs);
  const sentences = sentencesOf(article.id, article.paragraphs);
  return extractEvents(article, sentences, extractDates(article, sentences), quotes);
}

function values(facts: readonly EventFact[], aspect: EventAspect): string[] {
  return facts.filter((f) => f.aspect === aspect).map((f) => f.value);
}

/** A made-up exercise, worded unlike the seed articles, to show the rules are not tied to one story. */
const NORTHERN_SHIELD = [
  'Finland and Norway began 12 days of joint military exercises in Lapland on Monday, the Finnish Defence Forces announced in a statement.',
  'The drills, code-named “Northern Shield 2023,” will end June 23, according to the statement.',
  '“The aim of the exercise is to rehearse the defence of airfields in winter conditions,” the statement said.',
  'The exercises are taking place at the Rovajärvi, Sodankylä and Pori training areas, while the air bases of Rovaniemi and Kallax are also involved.',
  'Some 8,000 soldiers, 40 tanks and Hornet fighter jets will take part in the drills.',
  'President Anna Berg is expected to attend the exercises, while Defence Minister John Carter will not observe the drills.',
  'Separate naval drills are scheduled between June 19 and 21 in the Baltic Sea, where four frigates will practice mine clearing.',
  'Critics say the 12-day drills could be used as a pretext for a larger deployment.',
  'The weather in Lapland is cold, and 3,000 reindeer live there.',
];

describe('extractEvents on a made-up exercise', () => {
  const facts = eventsOf(NORTHERN_SHIELD, '2023-06-15');

  it('finds the code name', () => {
    expect(values(facts, 'name')).toEqual(['Northern Shield 2023']);
  });

  it('ties each date to its verb: start Monday, end June 23', () => {
    expect(facts.filter((f) => f.aspect === 'start').map((f) => f.date)).toEqual(['2023-06-12']);
    expect(facts.filter((f) => f.aspect === 'end').map((f) => f.date)).toEqual(['2023-06-23']);
  });

  it('finds the duration in both its forms', () => {
    expect(facts.filter((f) => f.aspect === 'duration').map((f) => [f.paragraph, f.value])).toEqual([
      [1, '12 days'],
      [8, '12 days'],
    ]);
  });

  it('lists every site with its kind, plus the region', () => {
    expect(values(facts, 'location')).toEqual([
      'Lapland',
      'Rovajärvi training area',
      'Sodankylä training area',
      'Pori training area',
      'Rovaniemi air base',
      'Kallax air base',
    ]);
  });

  it('finds forces with their counts and counted participation', () => {
    const forces = values(facts, 'forces');
    expect(forces[0]).toBe('8,000 soldiers, 40 tanks, fighter jets');
    expect(forces).toContain('8,000 soldiers, 40 tanks and Hornet fighter jets will take part');
  });

  it('tells who attends and who does not', () => {
    expect(values(facts, 'attendance')).toEqual([
      'Anna Berg: attend the exercises',
      'John Carter: not observe the drills',
    ]);
  });

  it('finds the naval drill with its sea, dates and ships', () => {
    const [naval, ...rest] = facts.filter((f) => f.aspect === 'naval');
    expect(rest).toEqual([]);
    expect(naval).toMatchObject({
      paragraph: 7,
      value: 'Baltic Sea; 2023-06-19 to 2023-06-21; four frigates',
      date: null,
    });
  });

  it('finds purposes by kind: stated aim, practice, alleged pretext', () => {
    expect(values(facts, 'purpose')).toEqual([
      'stated: aim of the exercise is to rehearse the defence of airfields in winter conditions',
      'practice: practice mine clearing',
      'alleged cover: as a pretext for a larger deployment',
    ]);
  });

  it('names the body that announced it, not "the statement"', () => {
    expect(values(facts, 'announcement')).toEqual(['Finnish Defence Forces']);
  });

  it('says nothing about sentences that are not about the exercise', () => {
    expect(facts.filter((f) => f.paragraph === 9)).toEqual([]);
  });

  it('keeps each context verbatim: a sentence of its paragraph', () => {
    for (const f of facts) expect(NORTHERN_SHIELD[f.paragraph - 1]).toContain(f.context);
  });
});

describe('extractEvents rules', () => {
  it('reads "began … Thursday" as the start, and the announcer with its own date', () => {
    const facts = eventsOf([
      'The drills, called “Allied Resolve-2022,” began in Belarus and will end February 20, the Russian Ministry of Defense announced Thursday in a statement.',
    ]);
    expect(facts.find((f) => f.aspect === 'end')).toMatchObject({ date: '2022-02-20', value: '2022-02-20' });
    expect(facts.find((f) => f.aspect === 'start')).toMatchObject({ date: null, value: 'began (no date given)' });
    // `date` is for start and end facts only; an announcement's date is part of its value.
    expect(facts.find((f) => f.aspect === 'announcement')).toMatchObject({
      value: 'Russian Ministry of Defense (2022-02-10)',
      date: null,
    });
    expect(values(facts, 'location')).toEqual(['Belarus']);
  });

  it('reads "scheduled to end on" and a start with no date at all', () => {
    const facts = eventsOf(
      [
        'Russia has officially begun the main phase of massive joint military exercises in Belarus.',
        'The exercises are scheduled to end on February 20.',
      ],
      null,
    );
    expect(facts.find((f) => f.aspect === 'start')).toMatchObject({
      value: 'begun the main phase of massive joint military exercises (no date given)',
      date: null,
    });
    // Undated: the day is kept as written rather than given a guessed year.
    expect(facts.find((f) => f.aspect === 'end')).toMatchObject({ value: 'February 20', date: null });
  });

  it('takes both ends of a stated range as start and end', () => {
    const facts = eventsOf(['The war games will run from March 1 to 10.']);
    expect(facts.filter((f) => f.aspect === 'start' || f.aspect === 'end').map((f) => [f.aspect, f.date])).toEqual([
      ['start', '2022-03-01'],
      ['end', '2022-03-10'],
    ]);
  });

  it('does not read "launch an attack" as a start', () => {
    const facts = eventsOf(['Officials fear the exercises are cover and that forces could launch an attack.']);
    expect(values(facts, 'start')).toEqual([]);
  });

  it('does not take a quoted phrase after "called" for a name unless it looks like one', () => {
    const facts = eventsOf(['During the drills Lavrov called it “a dialogue of the deaf,” and left.']);
    expect(values(facts, 'name')).toEqual([]);
  });

  it('finds a name with a year right before the exercise noun', () => {
    expect(values(eventsOf(['Observers recalled the Zapad 2021 exercises.']), 'name')).toEqual(['Zapad 2021']);
  });

  it('reads "airfields of A, B, C and D" as four places and strips quote marks from lists', () => {
    const facts = eventsOf([
      'The drills use “Alpha, Beta-North training grounds,” while the “airfields of Gamma, Delta and Epsilon are also involved,” it wrote.',
    ]);
    expect(values(facts, 'location')).toEqual([
      'Alpha training ground',
      'Beta-North training ground',
      'Gamma airfield',
      'Delta airfield',
      'Epsilon airfield',
    ]);
  });

  it('finds positions relative to a border in a sentence about the exercise', () => {
    const facts = eventsOf([
      'Images showed camps close to the Belarusian border with Ukraine, hundreds of miles from where the exercises are taking place.',
    ]);
    expect(values(facts, 'location')).toEqual([
      'close to the Belarusian border with Ukraine',
      'hundreds of miles from where the exercises are taking place',
    ]);
  });

  it('counts forces placed in the exercise’s country even without the word "drills"', () => {
    const facts = eventsOf([
      'The drills began in Belarus.',
      'According to analysts, there are at least 14 battalion tactical groups in Belarus, with 8,000 to 14,000 troops.',
      'Elsewhere, 100,000 troops are on the border.',
    ]);
    const forces = facts.filter((f) => f.aspect === 'forces');
    expect(forces.map((f) => [f.paragraph, f.value])).toEqual([
      [2, 'at least 14 battalion tactical groups, 8,000 to 14,000 troops'],
    ]);
  });

  it('counts the size of the drills in a quote paragraph that names them', () => {
    const facts = eventsOf(['“[The drills] are held regularly,” he said. “Yes, the scale may be larger than before.”']);
    expect(values(facts, 'forces')).toEqual(['scale may be larger than before']);
  });

  it('continues a naval drill into the next paragraph’s ships, but not elsewhere', () => {
    const facts = eventsOf([
      'Naval drills are planned between February 14 and 19 in the Black Sea and Sea of Azov.',
      'Russia denied that its warships were blocking shipping.',
      'The drills began Thursday.',
      'Britain is sending warships to the Baltic.',
    ]);
    expect(facts.filter((f) => f.aspect === 'naval').map((f) => [f.paragraph, f.value])).toEqual([
      [1, 'Black Sea, Sea of Azov; 2022-02-14 to 2022-02-19'],
      [2, 'warships'],
    ]);
  });

  it('reads a negated attendance and an arrival ahead of the exercise', () => {
    const facts = eventsOf([
      'While Russian President Vladimir Putin is not scheduled to attend the drills, Gen. Valery Gerasimov arrived in Belarus ahead of the joint exercises, TASS reported Wednesday.',
    ]);
    expect(values(facts, 'attendance')).toEqual([
      'Vladimir Putin: not scheduled to attend the drills',
      'Valery Gerasimov: arrived in Belarus ahead of the joint exercises',
    ]);
  });

  it('credits a quoted purpose to the speaker the quote layer found', () => {
    const text = '“The purpose of the exercise is to repel aggression,” the ministry said.';
    const quote: Quote = {
      article: 't',
      paragraph: 1,
      text: 'The purpose of the exercise is to repel aggression,',
      kind: 'direct',
      speaker: 'Defence Ministry',
      speakerRole: null,
      speakerAliases: [],
      rule: 'test',
      context: text,
      start: 1,
      end: 52,
    };
    expect(values(eventsOf([text], '2022-02-10', [quote]), 'purpose')).toEqual([
      'stated: purpose of the exercise is to repel aggression (Defence Ministry)',
    ]);
  });

  it('returns nothing for an article about no exercise, and for an empty one', () => {
    expect(eventsOf(['Airlines suspended flights to Kyiv on Monday, citing 3,000 troops nearby.'])).toEqual([]);
    expect(eventsOf([])).toEqual([]);
  });

  it('does not take the verb "to exercise" for an exercise', () => {
    expect(eventsOf(['Travellers are urged to exercise caution and avoid 200 troops at the border.'])).toEqual([]);
  });
});

describe('extractEvents on arbitrary text', () => {
  /** Words that trigger the rules, mixed with noise, so random sentences reach every rule. */
  const WORDS = [
    'drills',
    'exercises',
    'naval',
    'began',
    'will end',
    'called',
    '“Iron Gate 2024,”',
    'between March 3 and 9',
    'Thursday',
    'in Poland',
    'airfields of Alpha, Beta and Gamma',
    'troops',
    '5,000',
    'take part',
    'President Anna Berg',
    'will not attend',
    'announced',
    'purpose',
    'Black Sea',
    'warships',
    'the',
    ',',
    '.',
    '”',
    '"',
    '10-day',
    'scale',
    'miles from the border',
  ];
  const paragraph = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 30 }).map((w) => w.join(' '));

  it('never throws, keeps contexts verbatim and dates well formed', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 4 }), fc.option(fc.constant('2024-03-07')), (paragraphs, date) => {
        const texts = paragraphs.map((p) => p.trim()).filter((p) => p !== '');
        for (const f of eventsOf(texts, date)) {
          expect(texts[f.paragraph - 1]).toContain(f.context);
          expect(f.value.length).toBeGreaterThan(0);
          if (f.date !== null) expect(f.date).toMatch(/^\d{4}-\d\d-\d\d$/);
          if (date === null && f.aspect === 'start') expect(f.date === null || /\d{4}/.test(f.context)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('extractEvents end verbs', () => {
  it('reads "will run through" and "last until" as the end', () => {
    const facts = eventsOf([
      'The drills started on May 3 and will run through May 14.',
      'The exercise will last until June 2.',
    ]);
    expect(facts.filter((f) => f.aspect === 'start' || f.aspect === 'end').map((f) => [f.aspect, f.date])).toEqual([
      ['start', '2022-05-03'],
      ['end', '2022-05-14'],
      ['end', '2022-06-02'],
    ]);
  });
});

describe('extractEvents places and vessels', () => {
  it('takes a proper list of places the drills are held in, but not a comma before a speaker', () => {
    const listed = eventsOf(['The drills will take place in Germany, Poland and the Baltic states.']);
    expect(values(listed, 'location')).toEqual(['Germany', 'Poland', 'Baltic states']);
    const attributed = eventsOf(['The exercises began in Belarus, Russia said.']);
    expect(values(attributed, 'location')).toEqual(['Belarus']);
  });

  it('counts ships as forces outside a naval drill, and as naval facts inside one', () => {
    const plain = eventsOf(['The exercise will involve more than 50 ships and 80 fighter jets.']);
    expect(values(plain, 'forces')).toEqual(['more than 50 ships, 80 fighter jets']);
    const navalDrill = eventsOf(['Russian naval exercises began in the Baltic Sea, involving 20 warships.']);
    expect(values(navalDrill, 'forces')).toEqual([]);
    expect(values(navalDrill, 'naval')).toEqual(['Baltic Sea; 20 warships']);
  });
});

describe('extractEvents dates on facts', () => {
  it('sets `date` only on start and end facts', () => {
    const facts = eventsOf([
      ...NORTHERN_SHIELD,
      'The drills began Thursday, the ministry announced Friday, and naval drills in the North Sea started Monday.',
    ]);
    for (const f of facts) if (f.aspect !== 'start' && f.aspect !== 'end') expect(f.date).toBeNull();
    expect(facts.some((f) => f.date !== null)).toBe(true);
  });
});
