import { describe, expect, it } from 'vitest';
import { figureNameTerms } from '../../src/answers/asked-facts.ts';
import { readQuestion } from '../../src/answers/question.ts';
import { countsNear, withoutSpans } from '../../src/answers/ranking.ts';
import { processTerm } from '../../src/search/index.ts';
import { ask, chat, knowledgeFixture, snippets } from './seed.ts';

// How much dearer one thing is than another, what is counted, a figure asked by its average, and a rate per
// a unit. Invented articles.
const context = knowledgeFixture('comparisons-and-shares', [
  {
    file: 'fuel.md',
    title: 'Fuel prices climb again',
    date: '2022-02-02',
    paragraphs: [
      'The national average for fuel was $3.38 on Tuesday, according to the motoring club.',
      'Westland’s average on Tuesday was $4.64, which is $1.26 higher than the national average.',
      'The national average price for a gallon of fuel will remain stable over the next two to four weeks before rising as spring nears, according to an industry expert.',
      'Previously, the motoring club estimated that the national average may hit $4 per gallon this spring.',
    ],
  },
  {
    file: 'winter.md',
    title: 'The winter campaign',
    date: '2022-04-02',
    paragraphs: [
      '"Something like 250,000 soldiers eventually suffered frostbite injuries or died from the cold that winter," the historian Mara Quill says.',
    ],
  },
  {
    file: 'homes.md',
    title: 'First-time buyers return',
    date: '2022-01-22',
    paragraphs: [
      'The number of people buying their first home increased to 409,370 last year, the mortgage lender Harbourside said in a report Saturday.',
    ],
  },
  {
    file: 'grain.md',
    title: 'Grain prices surge',
    date: '2022-03-04',
    paragraphs: ['Prices for barley are surging because traders are betting it will replace wheat, up 20% this month.'],
  },
]);

describe('how much dearer one thing is than another', () => {
  it('is a figure of any comparative, with no noun counted', async () => {
    expect(readQuestion('How much pricier is fuel in Westland than the national avg?', () => false).counted).toBeNull();
    expect(readQuestion('how much costlier are the new homes', () => false).counted).toBeNull();
    const ctx = await context();
    expect(snippets(ask(ctx, 'How much pricier is fuel in Westland than the national avg right now?'))[0]).toContain(
      '$1.26 higher',
    );
  });
});

describe('what is counted, before "got" or a past tense', () => {
  it('is the noun before the verb, whatever follows "got"', async () => {
    expect(readQuestion('how many soldiers got frostbit that winter', () => false).counted).toBe(
      processTerm('soldiers'),
    );
    expect(readQuestion('how many soldiers froze to death', () => false).counted).toBe(processTerm('soldiers'));
    const ctx = await context();
    expect(
      snippets(ask(ctx, 'how many soldiers got frostbit or froze to death that winter according to the historian'))[0],
    ).toContain('250,000 soldiers');
  });

  it('is no holding or stake: those are told as shares or a percentage', () => {
    expect(readQuestion("how big is the fund's position in the miner", () => false).counted).toBeNull();
  });
});

describe('a figure asked by its average', () => {
  it('is a figure, with a source after "per", and is told only beside what is averaged', async () => {
    const question = "what's the avg deposit first time buyers are putting down, per harbourside?";
    expect(readQuestion(question, () => false).type).toBe('quantity');
    const ctx = await context();
    expect(ask(ctx, question).empty).toBe(true);
  });
});

describe('a rate per a unit', () => {
  it('is no source', async () => {
    expect(chat('the price of barley per hundredweight')).toContain('per hundredweight');
    const ctx = await context();
    expect(ask(ctx, 'whats the actual price of barley now after the surge, like per hundredweight?').empty).toBe(true);
  });
});

describe('a number beside the noun counted', () => {
  const protesters = processTerm('protesters') as string;

  it('does not count it when the number has its own unit, in words too', () => {
    expect(countsNear('the protest, which has been on and off for about two weeks, began Saturday', protesters)).toBe(
      false,
    );
    expect(countsNear('the protest drew two thousand people', processTerm('people') as string)).toBe(true);
  });

  it('is not a list of names ending in a function word', () => {
    expect(countsNear('the border between Poland and Belarus as protesters disrupt a route', protesters)).toBe(false);
    expect(
      countsNear('at the Brest, Gozhsky and Osipovichsky training grounds', processTerm('grounds') as string),
    ).toBe(true);
  });
});

describe('pay asked by its name', () => {
  it('is a figure, which each word naming it narrows', () => {
    expect(readQuestion("what's the starting hourly pay for new hires?", () => false).type).toBe('quantity');
    expect(figureNameTerms("what's the starting hourly pay for new hires?")).toEqual(
      expect.arrayContaining([processTerm('hourly')]),
    );
  });
});

describe('a span of time', () => {
  it('gives no figure, unless a length is asked', async () => {
    expect(withoutSpans('stable over the next two to four weeks, up 3%')).not.toMatch(/two|four/);
    expect(withoutSpans('a 10-day exercise with 30,000 troops')).toContain('30,000');
    const ctx = await context();
    const answer = ask(ctx, 'How high could the national average price per gallon go by spring?');
    expect(snippets(answer)[0]).toContain('$4 per gallon');
  });
});
