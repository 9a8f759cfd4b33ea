import { describe, expect, it } from 'vitest';
import { ask, expectVerbatim, knowledgeFixture, snippets } from './seed.ts';

const context = knowledgeFixture('offices-abroad', [
  {
    file: 'border.md',
    title: 'Row over migrants found at the border',
    date: '2022-02-02',
    paragraphs: [
      'Nine migrants were found near the border between Norland and Greece, officials said Wednesday.',
      'Norland accused Greek border guards of pushing the group back.',
      'Greek Immigration Minister Petros Valaris, however, denied the claims.',
      '"The truth bears no resemblance to the propaganda pushed out by my counterpart," Valaris said in a statement.',
    ],
  },
]);

describe('an office of a country the government table lacks, asked in other words', () => {
  it('finds the Greek Immigration Minister for "greece\'s migration minister"', async () => {
    const ctx = await context();
    const answer = ask(ctx, "what did greece's migration minister say about the claims over the migrants");
    expectVerbatim(ctx, answer);
    expect(snippets(answer)[0]).toMatch(/bears no resemblance/);
  });
});
