import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/answers/question.ts';
import { processTerm } from '../../src/search/index.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A change asked with any of its verbs, a month told as "last month", a loss told without the verb "lose", and
// when something is to happen in the year the question names.
// Invented articles.
const context = knowledgeFixture('changes-and-months', [
  {
    file: 'trade-january.md',
    title: 'Norvania prepares its trade figures',
    date: '2022-01-20',
    paragraphs: [
      'Norvania will publish its export figures for January early next month, the trade ministry said.',
      'Norvania’s exports to Ostland were worth $3 billion last year, the ministry said.',
    ],
  },
  {
    file: 'trade-february.md',
    title: 'Norvania export gains slow',
    date: '2022-02-01',
    paragraphs: [
      'Norvania’s export growth slowed in January as demand for manufactured goods cooled.',
      'Norvania’s exports rose 15.2% last month from a year earlier, the trade ministry said Tuesday, narrowing from an 18.3% gain in December.',
    ],
  },
  {
    file: 'results.md',
    title: 'Corvex results beat forecasts',
    date: '2022-01-26',
    paragraphs: [
      'Corvex’s productivity segment grew by 19% from the same period a year earlier, to $15.9 billion. The segment also includes revenue from Corvex’s Ostlink networking service, which increased 37% from a year earlier.',
    ],
  },
  {
    file: 'rates.md',
    title: 'Two central banks weigh hikes',
    date: '2022-01-21',
    paragraphs: [
      'The Tarvian central bank could raise rates three or four times this year, its deputy governor said.',
      'Tarvian inflation is the highest in four decades, its statistics office said.',
    ],
  },
  {
    file: 'ostria.md',
    title: 'Ostria readies its first hike',
    date: '2022-01-21',
    paragraphs: ['The Ostrian central bank is expected to raise rates for the first time in March, its governor said.'],
  },
  {
    file: 'listings.md',
    title: 'Blank-check listings stay out of favour',
    date: '2022-05-02',
    paragraphs: [
      'Judging by the 70% beating that former blank-check listings have taken since they peaked early last year, investors remain wary of them.',
      'Shares of Corvel lost 2% on Monday after the results.',
    ],
  },
]);

describe('a change asked with any of its verbs', () => {
  it('reads "how much did revenue grow" as a change, answered by a share, not as a sum of money', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, 'how much did ostlink revenue grow for corvex'))[0]).toContain('37%');
  });
});

describe('a month told as "last month"', () => {
  it('is the month before the article was written, and answers a question on that month', async () => {
    const ctx = await context();
    const first = snippets(ask(ctx, "How much did Norvania's exports rise in January?"))[0];
    expect(first).toContain('15.2%');
  });
});

describe('a loss told without the verb', () => {
  it('answers from the passage that holds all the rest, before a weak one that only uses "lost"', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, 'how much have former blank-check listings lost since their peak?'))[0]).toContain(
      '70% beating',
    );
  });
});

describe('when something is to happen in the year the question names', () => {
  it('is not told by a sentence that names only that year', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'when is the tarvian central bank expected to make its first rate hike this year?');
    expect(answer.empty).toBe(true);
  });

  it('is told by a time within it', async () => {
    const ctx = await context();
    const first = snippets(ask(ctx, 'when is the ostrian central bank expected to raise rates this year'))[0];
    expect(first).toContain('in March');
  });
});

describe('the verb a "how much" asks of', () => {
  const names = new Set(['orvane', 'naomi', 'judd']);
  const verb = (q: string) => readQuestion(q, (w) => names.has(w)).predicate;

  it('ends its clause at "with", "amid" or "despite": what follows is the setting', () => {
    expect(verb('how much has Orvane stock run up this year with all the AI hype?')).not.toBe(processTerm('hype'));
    expect(verb('how much did the fund lose amid all the turmoil')).toBe(processTerm('lose'));
    expect(verb('how many jobs did Orvane cut despite the record profit')).toBe(processTerm('cut'));
  });

  it('but not at a "with" inside the subject, before the verb', () => {
    expect(verb("How many awards did Naomi Judd's duo with her daughter win?")).toBe(processTerm('win'));
  });
});

describe('what a "how much" counts', () => {
  it('is no time said in words ("these days", "this year")', () => {
    const counted = (q: string) => readQuestion(q, () => false).counted;
    expect(counted('the us only makes how much of the worlds computer chips these days?')).toBe(processTerm('chips'));
    expect(counted('how many days of drills are there')).toBe(processTerm('days'));
  });
});
