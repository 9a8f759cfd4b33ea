import { describe, expect, it } from 'vitest';
import { givesPerUnit, perUnitAsked } from '../../src/answers/ranking.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// "How much per share": the figure given by that unit answers, not the deal's total or the day's share price.
// Invented article.
const context = knowledgeFixture('per-unit', [
  {
    file: 'deal.md',
    title: 'Brindle Software to be bought by Larkspur Capital',
    date: '2023-01-31',
    paragraphs: [
      'Larkspur Capital agreed to buy Brindle Software in a deal valued at $16.5 billion, Brindle said on Monday.',
      'Brindle shares closed on Friday at $105.55 after rising 4% in the week.',
      'Under the deal’s terms, Brindle stockholders will receive $104 a share in cash.',
      'The buyout is expected to close by the middle of the year, subject to approval by shareholders.',
    ],
  },
]);

describe('a figure asked by its unit', () => {
  it('reads the unit after "per" or "each", or "a" at the end of the question', () => {
    expect(perUnitAsked('How much will Brindle shareholders get for each share in the buyout?')).toBe('share');
    expect(perUnitAsked('how much per share is the group offering')).toBe('share');
    expect(perUnitAsked('How much does the plan cost a month?')).toBe('month');
    expect(perUnitAsked('How much did the deal cost?')).toBeNull();
    expect(perUnitAsked('How much did the price rise per cent?')).toBeNull();
  });

  it('finds a figure written by the unit, not a figure with the unit elsewhere in the sentence', () => {
    expect(givesPerUnit('Stockholders will receive $104 a share.', 'share')).toBe(true);
    expect(givesPerUnit('The group offered $64 per share in cash.', 'share')).toBe(true);
    expect(givesPerUnit('It offered a per-share price of $30.', 'share')).toBe(true);
    expect(givesPerUnit('Shares closed on Friday at $105.55.', 'share')).toBe(false);
    expect(givesPerUnit('A share of the $9 billion deal went to banks.', 'share')).toBe(false);
  });

  it('answers "how much per share" with the sentence that gives it', async () => {
    const a = ask(await context(), 'How much will Brindle shareholders get for each share in the buyout?');
    expect(snippets(a)[0]).toContain('$104 a share');
  });
});
