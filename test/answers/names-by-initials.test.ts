import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A name asked in full that the article writes by its initials; a party's member asked in the singular, whom the
// article names in the plural. Invented articles.
const context = knowledgeFixture('names-by-initials', [
  {
    file: 'bank.md',
    title: 'Rates held again',
    date: '2024-03-07',
    paragraphs: [
      'The NCMA held its key rate at 4% on Thursday and said it would end its bond purchases in June.',
      'Policymakers at the Orvane Monetary Board also held rates.',
    ],
  },
  {
    file: 'veto.md',
    title: 'Governor vetoes the budget',
    date: '2024-04-18',
    paragraphs: ['A Federalist governor, Miles Ferrand, vetoed the state budget on Thursday.'],
  },
  {
    file: 'border.md',
    title: 'A revolt over the border rule',
    date: '2024-04-20',
    paragraphs: [
      'Senator Dana Whitlock, who runs the Federalists’ Senate campaign committee, said the repeal of the border rule should perhaps be delayed.',
    ],
  },
]);

describe('a name asked in full', () => {
  it('meets the initials an article writes for it', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'What did the Northern Central Monetary Authority decide about bond purchases?');
    expect(snippets(answer)[0]).toContain('NCMA held its key rate');
  });
});

describe('a member of a party asked in the singular', () => {
  it('meets the party named in the plural', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'Which Federalist senator said the repeal of the border rule should be delayed?');
    expect(snippets(answer)[0]).toContain('Dana Whitlock');
  });
});
