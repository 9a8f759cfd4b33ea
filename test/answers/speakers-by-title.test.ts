import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A central bank's deputy on digital coins, and a spokeswoman's written statement on a senator. Invented articles.
const context = knowledgeFixture('speakers-by-title', [
  {
    file: 'coins.md',
    title: 'Marland plans rules for digital coins',
    date: '2022-04-05',
    paragraphs: [
      'The Marland Treasury set out plans on Monday to regulate digital coins used for payments.',
      'In December, the Bank of Marland’s deputy governor said that only a small share of wealth was held in digital coins.',
    ],
  },
  {
    file: 'senator.md',
    title: 'White House hits back at Senator Dunmore',
    date: '2021-12-20',
    paragraphs: [
      'Senator Tom Dunmore said on Sunday he would not vote for the spending bill.',
      'Press secretary Jan Pell issued a blistering, written statement saying Dunmore had made "a sudden and inexplicable reversal in his position."',
    ],
  },
]);

describe('a speaker asked by title and name', () => {
  it('is the name, not the body before the title: refused when no article names them', async () => {
    const a = ask(await context(), 'What did Bank of Marland governor Ann Dale say about the digital coin plans?');
    expect(a.empty).toBe(true);
    expect(a.notes.join(' ')).toContain('No article mentions "Ann Dale"');
  });

  it('speaks through a statement they issued', async () => {
    const a = ask(await context(), 'what did pell say about dunmore');
    expect(snippets(a)[0]).toContain('sudden and inexplicable reversal');
  });
});
