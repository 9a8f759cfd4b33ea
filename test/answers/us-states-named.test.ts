import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A coffee chain's union votes and store closures, written in agency style. Invented articles.
const context = knowledgeFixture('us-states-named', [
  {
    file: 'vote.md',
    title: 'Baristas at a second store get a union vote',
    date: '2022-01-10',
    paragraphs: [
      'Workers at a Brewline cafe in Buffalo voted to join a union last month.',
      'The labor board scheduled an election for a Brewline cafe in Tolleson, Ariz., where workers filed paperwork in November. Ballots will be due back by Jan. 28.',
      'Brewline said it respected the legal process.',
      'Ballots in the Buffalo union election were due back by Dec. 9.',
    ],
  },
  {
    file: 'closures.md',
    title: 'Homewares chain Linenhall to close 37 stores',
    date: '2022-01-07',
    paragraphs: [
      'Linenhall will close 37 stores across 19 states in February.',
      'The closures are part of plans to close about 200 stores, the company said.',
    ],
  },
]);

describe('a US state asked by name', () => {
  it("finds the state written in agency style's abbreviation after a town", async () => {
    const a = ask(await context(), 'when are ballots due in the Brewline union election in Arizona?');
    expect(snippets(a)[0]).toContain('Tolleson, Ariz.');
  });

  it('that no article names leaves the question unanswered', async () => {
    const a = ask(await context(), 'Which Linenhall stores in Ohio are closing?');
    expect(snippets(a)).toEqual([]);
    expect(a.notes.join(' ')).toContain('No article mentions "Ohio"');
  });
});
