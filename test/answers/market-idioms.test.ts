import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/answers/question.ts';
import { processTerm } from '../../src/search/index.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// An oil rally after an attack, with a bank's forecast. Invented articles.
const context = knowledgeFixture('market-idioms', [
  {
    file: 'oil.md',
    title: 'Crude climbs to a seven-year high',
    date: '2022-01-18',
    paragraphs: [
      'Oil prices rose more than $1 on Tuesday to a seven-year high after the Sabra Movement attacked a fuel depot in the Gulf state of Qamar.',
      'Brent has surged 18% since the year began, and banks including Halden Bank forecast it will reach $100.',
      'Traders watched for further supply disruptions.',
    ],
  },
]);

describe("chat's idioms of markets", () => {
  it('reads a bank\'s "call on" a market as its forecast for it', async () => {
    const a = ask(await context(), "what's halden's call on brent");
    expect(snippets(a)[0]).toContain('forecast it will reach $100');
  });

  it('reads a call on someone to act as a demand, not a forecast', () => {
    const q = readQuestion("what did russia say about the un's call on moscow to withdraw", () => false);
    expect(q.content).not.toContain(processTerm('forecast'));
  });

  it('reads what "sent prices flying" as what lifted them, not as words to find', async () => {
    const a = ask(await context(), 'who attacked qamar that sent brent flying this week?');
    expect(snippets(a)[0]).toContain('Sabra Movement attacked a fuel depot');
  });
});

describe('a figure dropped to a level', () => {
  it('reads "drop its forecast to" as a fall of the figure, not as scrapping the forecast', () => {
    const q = readQuestion('what did the fund drop its 2022 world growth forecast to?', () => false);
    expect(q.content).not.toContain(processTerm('scrap'));
    expect(readQuestion('did the city drop its mask mandate', () => false).content).toContain(processTerm('scrap'));
  });
});
