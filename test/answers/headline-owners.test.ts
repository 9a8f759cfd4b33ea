import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A figure of someone asked about, given in an article whose headline names them while the sentence does not.
// Invented articles.
const context = knowledgeFixture('headline-owners', [
  {
    file: 'mine.md',
    title: "Vellmar revokes Ostrava Mining's licence",
    date: '2023-01-20',
    paragraphs: [
      'Vellmar has revoked the licence of the miner after months of protests.',
      'The prime minister said the decision to scrap the $3.1bn copper project followed requests from environmental groups.',
      'Ostrava Mining said it was reviewing the decision.',
    ],
  },
  {
    file: 'auction.md',
    title: 'SeaLease auction raises £500m',
    date: '2023-01-17',
    paragraphs: [
      'An auction of seabed plots for offshore wind projects off the coast has netted £500m.',
      'Bidders welcomed the result.',
      'The round, called SeaLease, was the first in a decade and drew 74 bids from developers including Skarn Energy.',
    ],
  },
  {
    file: 'catalog.md',
    title: 'Singer Mae Orton sells her catalog to Brightline',
    date: '2023-01-08',
    paragraphs: [
      'Singer Mae Orton has sold her song catalog to Brightline and Corda, the companies said.',
      'That deal came amid a broader move into music for Brightline, which last year struck a $150 million deal for a stake in Dev Rami’s catalog of hits.',
    ],
  },
  {
    file: 'movers.md',
    title: 'Stocks making the biggest moves: Quorvex, Belcor and more',
    date: '2023-01-21',
    paragraphs: [
      'Belcor shares rose 4% on Friday. The company posted a profit of 42 cents per share and said it would cut 300 positions.',
      'Quorvex shares fell 2% on Friday.',
    ],
  },
]);

describe('a figure in an article headed by the name asked', () => {
  it('answers from the sentence on the thing asked, though it does not name its owner or its doer', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, "How much was Ostrava Mining's cancelled copper project worth?"))[0]).toContain('$3.1bn');
    expect(snippets(ask(ctx, 'how much money did the sealease auction bring in'))[0]).toContain('netted £500m');
  });

  it("does not answer with another's thing, nor with a round-up's sentence on something else", async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, "What price did Brightline and Corda pay for Mae Orton's catalog?"))).toEqual([]);
    expect(snippets(ask(ctx, 'how many jobs is Quorvex cutting'))).toEqual([]);
  });
});
