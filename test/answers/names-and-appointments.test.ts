import { describe, expect, it } from 'vitest';
import { givesNewName } from '../../src/answers/asked-facts.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A name asked for, which a passage telling of the thing without its name does not give; and a person put in an
// office, whom a passage on the company's other news does not name. Invented articles.
const context = knowledgeFixture('names-and-appointments', [
  {
    file: 'chips.md',
    title: 'Orvane readies new chips',
    date: '2023-06-09',
    paragraphs: [
      'Orvane will introduce new data center chips next week.',
      'The company’s shares have risen 87% this year.',
    ],
  },
  {
    file: 'fund.md',
    title: 'Pension fund ousts its chief',
    date: '2023-06-09',
    paragraphs: [
      'Losses of nearly $2 billion at the Selvik pension fund saw the then chief executive ousted amid a public outcry.',
      'The fund had bet on three small lenders, Harrow Bank, Kestrel Savings and Northgate Trust.',
    ],
  },
  {
    file: 'console.md',
    title: 'Orvane names its console',
    date: '2023-05-01',
    paragraphs: ['Orvane’s new games console, called the Orvane Arc, goes on sale in the autumn.'],
  },
]);

describe('a name asked for', () => {
  it('is refused when the passage on the thing gives no name', async () => {
    const ctx = await context();
    const answer = ask(ctx, "what's the name of the new data center chip orvane is unveiling next week?");
    expect(answer.empty).toBe(true);
  });

  it('is answered by the passage that gives it', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, "what's the name of orvane's new games console?"))[0]).toContain('Orvane Arc');
  });

  it('is a word in quotation marks or a capitalised word not typed in the question, and no day or month', () => {
    const typed = new Set(['orvane', 'chip']);
    expect(givesNewName('Orvane will introduce new chips next week.', typed)).toBe(false);
    expect(givesNewName('The chips go on sale on Monday in June.', typed)).toBe(false);
    expect(givesNewName('The chip, called Helix, ships next week.', typed)).toBe(true);
    expect(givesNewName('The chip is known as “the workhorse”.', typed)).toBe(true);
    expect(givesNewName('fans rallied under #savethechip.', typed)).toBe(true);
  });
});

describe('a person put in an office', () => {
  it('is refused when no passage names who was appointed', async () => {
    const ctx = await context();
    const answer = ask(
      ctx,
      'Who did the Selvik pension fund appoint as its new chief executive after the last one was ousted?',
    );
    expect(answer.empty).toBe(true);
  });
});
