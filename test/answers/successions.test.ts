import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A coffee chain's chief executive retiring. Invented article.
const context = knowledgeFixture('successions', [
  {
    file: 'coffee.md',
    title: 'Brewhouse chief executive Kevin Dorn to retire',
    date: '2022-03-16',
    paragraphs: [
      'Kevin Dorn, the chief executive of Brewhouse, said on Wednesday that he would retire next month.',
      '"Kevin has led Brewhouse through the pandemic with care, and we thank him," said board chair Mellody Rowe.',
      'His interim replacement until the board names a permanent successor will be Howard Shultz, the former chief executive.',
      'Brewhouse shares rose 2% after the announcement.',
      'The first time Mr. Shultz returned to Brewhouse, he abruptly replaced Jim Donaldson as chief executive when the company was struggling.',
    ],
  },
]);

describe('who comes next in an office', () => {
  it('is the sentence that tells of the succession and names the successor', async () => {
    const a = ask(await context(), 'who is replacing kevin dorn as brewhouse ceo');
    expect(snippets(a)[0]).toContain('Howard Shultz');
  });
});
