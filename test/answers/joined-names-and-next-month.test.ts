import { describe, expect, it } from 'vitest';
import { nameTest, weakNameTest } from '../../src/answers/asked-names.ts';
import { readQuestion } from '../../src/answers/question.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A retailer's store closures: one count for next month, another for the year. Invented articles.
const context = knowledgeFixture('joined-names-and-next-month', [
  {
    file: 'earnings.md',
    title: 'Home goods chain misses estimates',
    date: '2022-01-06',
    paragraphs: [
      'So far, Linen & Beyond has closed 170 locations as part of its three-year plan, and it expects to close 200 stores by the end of the year.',
    ],
  },
  {
    file: 'closures.md',
    title: 'Home goods chain to shut more stores',
    date: '2022-01-07',
    paragraphs: [
      'Linen & Beyond, which faced heavy losses from supply chain problems, plans to shutter more than 30 stores nationwide next month.',
      'Shoppers were told to visit other branches nearby.',
    ],
  },
]);

describe('a name joined by "&" before what is counted', () => {
  it('counts the noun after the name, not a word of the name', async () => {
    const ctx = await context();
    const q = readQuestion(
      'how many linen & beyond stores are getting axed in february?',
      nameTest(ctx),
      weakNameTest(ctx),
    );
    expect(q.names.map((n) => n.text)).toContain('linen beyond');
    expect(q.counted).toBe('store');
  });
});

describe('a month asked, told as "next month" in an article of the month before', () => {
  it('answers with the count for that month, shuttered as closed', async () => {
    const a = ask(await context(), 'how many linen & beyond stores are closing in february?');
    expect(snippets(a)[0]).toContain('shutter more than 30 stores nationwide next month');
  });
});
