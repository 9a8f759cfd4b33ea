import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A coffee chain's union ballots, and a network executive staying on. Invented articles.
const context = knowledgeFixture('chat-verbs-more', [
  {
    file: 'ballots.md',
    title: 'Baristas at a Tolleson cafe to hold union vote',
    date: '2022-01-08',
    paragraphs: [
      'In a Friday ruling, the labor board ordered that ballots be mailed out Jan. 14 to employees at a Brewline cafe in Tolleson.',
      'Employees at the Tolleson cafe have until Jan. 28 to return their ballots.',
      'Brewline workers in Buffalo voted to unionize in December.',
      'The labor board will count the Tolleson union ballots of Brewline workers on Feb. 2.',
      'Union ballots of Brewline workers in Buffalo were counted on Dec. 9, a week after the Tolleson workers filed.',
    ],
  },
  {
    file: 'network.md',
    title: 'Network chief resigns',
    date: '2022-02-02',
    paragraphs: [
      'Marcus Hale resigned as president of the Northline network on Wednesday.',
      'Ms. Farrow, the network’s head of communications, said she would remain at Northline.',
      'Ms. Farrow joined Northline in 2013 after leaving a job at a rival network.',
    ],
  },
]);

describe("chat's words for what news says otherwise", () => {
  it('reads ballots "sent back" as returned', async () => {
    const a = ask(await context(), 'when do the tolleson brewline workers have to send back their union ballots');
    expect(snippets(a).join(' ')).toContain('until Jan. 28 to return their ballots');
  });

  it('answers whether someone is leaving by their saying they will remain', async () => {
    const a = ask(await context(), 'is Farrow leaving northline too');
    expect(snippets(a)[0]).toContain('she would remain at Northline');
  });
});
