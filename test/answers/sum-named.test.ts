import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A takeover with its price, and a regulator's fine. Invented articles.
const context = knowledgeFixture('sum-named', [
  {
    file: 'deal.md',
    title: 'Software maker Corvane to buy records firm Medalyn',
    date: '2021-12-20',
    paragraphs: [
      'Corvane will acquire Medalyn in an all-cash deal valued at $28.3 billion, or $95 per share.',
      'The deal is expected to close in 2022, subject to regulatory approval.',
    ],
  },
  {
    file: 'fine.md',
    title: 'Lender fined over robocalls',
    date: '2022-02-19',
    paragraphs: ['Brightwave Lending was fined $45 million by the regulator for making robocalls.'],
  },
]);

describe('a sum asked by its name', () => {
  it('is refused when no article writes that sum ("breakup fee"), not answered with the deal\'s price', async () => {
    for (const q of [
      'how big is the breakup fee if the corvane deal falls through',
      "what's the penalty if corvane walks away from the deal",
    ]) {
      const a = ask(await context(), q);
      expect(snippets(a), q).toEqual([]);
    }
  });

  it('is answered where the sum is told in other words ("penalty" told as "fined")', async () => {
    const a = ask(await context(), "what's the penalty for brightwave lending");
    expect(snippets(a)[0]).toContain('$45 million');
  });
});
