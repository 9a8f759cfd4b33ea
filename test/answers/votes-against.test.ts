import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A central bank's first rate rise in years and its one dissent. Invented articles.
const context = knowledgeFixture('votes-against', [
  {
    file: 'rise.md',
    title: 'Ostrian central bank lifts rates as inflation bites',
    date: '2022-03-18',
    paragraphs: [
      'Ostrian central bank governor Lena Varga said the bank needs to front-load rate increases, though she voted for a quarter-point move this week.',
      'The rate rise approved this week was the bank’s first in more than three years.',
      'Board member Piotr Halas was the only policymaker to vote against the quarter-point rise, saying the bank should have gone by half a point.',
      'Varga said the board would move faster if inflation kept climbing.',
    ],
  },
]);

describe('who voted against something', () => {
  it('is the one told voting against it, before one who voted for it', async () => {
    const a = ask(await context(), 'which ostrian central bank official voted against the rate rise');
    expect(snippets(a)[0]).toContain('Piotr Halas');
  });
});
