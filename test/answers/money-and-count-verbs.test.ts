import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/answers/question.ts';
import { relatedIn } from '../../src/answers/ranking.ts';
import { ask, expectVerbatim, knowledgeFixture, snippets } from './seed.ts';

const context = knowledgeFixture('money-and-count-verbs', [
  {
    file: 'profit.md',
    title: 'Voltra profits soar',
    date: '2022-04-20',
    paragraphs: [
      'Voltra said on Wednesday that it made a $3.3 billion profit in the first three months of the year, up from $438 million a year earlier.',
      'The carmaker delivered 310,000 vehicles in the quarter.',
    ],
  },
  {
    file: 'complaint.md',
    title: 'Regulator sues Coinex',
    date: '2023-06-09',
    paragraphs: [
      'The Securities and Exchange Commission sued the exchange Coinex on Monday.',
      'With its 13 total charges, the complaint accused Coinex and its founder of breaking securities laws.',
      'Coinex said it would fight the case.',
    ],
  },
  {
    file: 'gas.md',
    title: 'Europe scrambles for gas',
    date: '2022-03-31',
    paragraphs: [
      'The European Union depends on Russia for about 40% of its natural gas.',
      'Leaders have set a target of cutting their use of Russian gas by two thirds this year.',
    ],
  },
]);

describe('verbs that only say a figure is money, or say nothing beside what they count', () => {
  it('reads the noun a "how much of" counts up to its verb, and "vs" as no word of content', () => {
    const gas = readQuestion("How much of the EU's natural gas comes from Russia?", () => false);
    expect(gas.counted).toBe('ga');
    expect(
      readQuestion('how much does the pass cost at disney world vs disneyland', () => false).content,
    ).not.toContain('vs');
    expect(relatedIn(['seek'], 'demand')).toBe(true);
  });

  it('answers "how much did X net" with the sum X made, whatever the verb', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'how much money did voltra net in q1 2022?');
    expectVerbatim(ctx, answer);
    expect(snippets(answer)[0]).toMatch(/\$3\.3 billion profit/);
  });

  it('answers "how many charges did they bring" with the count of charges, told without the verb', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'How many charges did the SEC bring in its complaint against Coinex?');
    expectVerbatim(ctx, answer);
    expect(snippets(answer)[0]).toMatch(/13 total charges/);
  });

  it('answers how much of a thing comes from a country with the share', async () => {
    const ctx = await context();
    const answer = ask(ctx, "How much of the EU's natural gas comes from Russia?");
    expect(snippets(answer)[0]).toMatch(/40% of its natural gas/);
  });
});
