import { describe, expect, it } from 'vitest';
import { awaitsOutcome } from '../../src/answers/asked-facts.ts';
import { chatAsWritten } from '../../src/answers/chat-text.ts';
import { readQuestion } from '../../src/answers/question.ts';
import { relatedTerms } from '../../src/answers/ranking.ts';
import { processTerm } from '../../src/search/index.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// What may come of a plan, who did something told beside a figure, a plural news writes everywhere after a name, and
// the size of an economy. Invented articles.
const context = knowledgeFixture('may-come-and-plurals', [
  {
    file: 'utility.md',
    title: 'Utility hit by the price cap',
    date: '2022-01-18',
    paragraphs: [
      'Vellor plunged after the government moved last week to limit increases in electricity bills for households. The plan could cost Vellor as much as 8.4 billion euros ($9.6 billion), and some analysts expect the firm to raise capital.',
      'Its shares have fallen by a quarter this year.',
    ],
  },
  {
    file: 'asia.md',
    title: 'Asian stocks fluctuate',
    date: '2022-01-27',
    paragraphs: [
      'Equities slipped in Australia and South Korea, where Hanbit Electronics Co. missed profit estimates.',
      'Treasury yields rose after the central bank signalled a rate hike.',
    ],
  },
  {
    file: 'drilling.md',
    title: 'City moves to ban drilling',
    date: '2022-02-02',
    paragraphs: [
      'The Job Creators Council said the ban would hurt small businesses.',
      'Oil groups warned that the measure will hurt the 8,000 jobs associated with oil extraction in Los Angeles.',
    ],
  },
  {
    file: 'economy.md',
    title: 'A small economy under sanctions',
    date: '2022-03-23',
    paragraphs: [
      'Norvania has a population of fewer than 10 million people and a GDP of $60 billion.',
      'Poverty fell among the bottom 40% of households in the last decade.',
    ],
  },
]);

describe('what may come of a plan', () => {
  it('is no outcome asked: a passage before the outcome tells it', async () => {
    const question = 'How much could the electricity price cap end up costing Vellor?';
    expect(awaitsOutcome(question, 'The plan could cost Vellor as much as 8.4 billion euros.')).toBe(false);
    expect(awaitsOutcome('How much did the cap end up costing Vellor?', 'The plan could cost Vellor 8 billion.')).toBe(
      true,
    );
    const ctx = await context();
    expect(snippets(ask(ctx, question))[0]).toContain('8.4 billion euros');
  });
});

describe('who did something told beside a figure', () => {
  it('is not held to give the figure', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'Which Korean tech giant missed profit forecasts the day after the central bank decision?');
    expect(snippets(answer)[0]).toContain('Hanbit Electronics');
  });
});

describe('a plural news writes everywhere, after a name', () => {
  it('is a plural, not a possessive, though a name holds its singular', async () => {
    const isName = (w: string) => w === 'job' || w === 'la';
    expect(chatAsWritten('how many LA jobs are at risk', isName, () => false)).toContain('LA jobs');
    const ctx = await context();
    const answer = ask(ctx, 'how many LA jobs are tied to oil extraction according to the oil groups?');
    expect(snippets(answer)[0]).toContain('8,000 jobs');
  });

  it('relates what is tied to something to what is associated with it', () => {
    expect(relatedTerms(processTerm('tied') as string)).toContain(processTerm('associated'));
  });
});

describe('the size of an economy', () => {
  it('is a figure, told by its GDP', async () => {
    expect(readQuestion("what's the size of norvania's economy", () => false).type).toBe('quantity');
    expect(relatedTerms(processTerm('economy') as string)).toContain('gdp');
    const ctx = await context();
    expect(snippets(ask(ctx, "What's the size of Norvania's economy these days?"))[0]).toContain('$60 billion');
  });
});
