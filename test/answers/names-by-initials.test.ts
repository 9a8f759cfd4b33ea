import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A name asked in full that the article writes by its initials. Invented articles.
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
]);

describe('a name asked in full', () => {
  it('meets the initials an article writes for it', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'What did the Northern Central Monetary Authority decide about bond purchases?');
    expect(snippets(answer)[0]).toContain('NCMA held its key rate');
  });
});
