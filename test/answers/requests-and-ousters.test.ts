import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A regulator's bid to stop a merger, and a prime minister facing a vote. Invented articles.
const context = knowledgeFixture('requests-and-ousters', [
  {
    file: 'merger.md',
    title: 'Court ruling clears path for Orbis to buy Kestrel Games',
    date: '2023-07-11',
    paragraphs: [
      'The Trade Commission sued Orbis in its administrative court last year, but that court cannot stop the Kestrel deal from closing.',
      'A federal judge on Tuesday denied the Trade Commission’s request for an injunction, which would have delayed the Orbis deal.',
      'Orbis and Kestrel set a July 18 deadline for the deal.',
    ],
  },
  {
    file: 'vote.md',
    title: 'Top court rules blocking no-confidence vote was unconstitutional',
    date: '2022-04-07',
    paragraphs: [
      'The Supreme Court ruled that blocking a vote of no-confidence against Prime Minister Tarik Baig was unconstitutional, with legislators now set to vote on his future.',
      'A vote of no-confidence in Baig will now be held on Saturday.',
    ],
  },
]);

describe('whether a request was granted', () => {
  it('is told by its being denied', async () => {
    const a = ask(await context(), "Did the court grant the Trade Commission's request to halt the Orbis deal?");
    expect(snippets(a)[0]).toContain('denied the Trade Commission’s request');
  });
});

describe('whether a leader was ousted', () => {
  it('is a decision the articles written before the vote cannot tell', async () => {
    const a = ask(await context(), 'Was Tarik Baig ousted in the no-confidence vote?');
    expect(snippets(a)).toEqual([]);
  });
});
