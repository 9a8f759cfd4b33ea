import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// One leak told by three publishers: two give the whole count, one opens on the count of a part of it. Invented
// articles.
const context = knowledgeFixture('agreed-counts', [
  {
    file: 'part.md',
    title: 'Leak exposes accounts of oil officials',
    date: '2022-02-20',
    paragraphs: [
      'The leak exposed 25 accounts held by officials accused in the oil bribery scandal, with about $270 million.',
      'Data on more than 18,000 bank accounts was leaked to a German newspaper by a whistleblower.',
    ],
  },
  {
    file: 'whole-one.md',
    title: 'Bank denies wrongdoing after data leak',
    date: '2022-02-21',
    paragraphs: [
      'The bank said it rejected the allegations.',
      'Data on more than 18,000 accounts, holding more than $100bn, was leaked to the newspaper.',
    ],
  },
  {
    file: 'whole-two.md',
    title: 'Massive leak at Swiss lender',
    date: '2022-02-20',
    paragraphs: ['A whistleblower leaked details of more than 18,000 accounts at the lender.'],
  },
]);

describe('a count that several articles agree on', () => {
  it("answers first with the count two articles give, before one article's count of a part", async () => {
    const a = ask(await context(), 'how many accounts got exposed in the leak?');
    expect(snippets(a)[0]).toContain('18,000');
  });
});
